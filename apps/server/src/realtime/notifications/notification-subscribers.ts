/** Every subscriber that turns domain events into notifications. A new one adds a line here. */
import type { EventSubscriber } from "../outbox-relay.js";
import { caseNotifications } from "./case-notifications.js";
import { findingNotifications } from "./finding-notifications.js";
import { incidentNotifications } from "./incident-notifications.js";
import { reminderNotifications } from "./reminder-notifications.js";
import { urgentEventNotifications } from "./urgent-event-notifications.js";

export const NOTIFICATION_SUBSCRIBERS: readonly EventSubscriber[] = [caseNotifications, findingNotifications, incidentNotifications, reminderNotifications, urgentEventNotifications];
