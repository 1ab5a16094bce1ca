/**
 * The signed-in user: GET /api/v1/auth/me at start, sign-in, sign-out, permissions.
 *
 *   const { me, can } = useAuth();   can("calendar.write")
 */
import type { LoginResponse, MeResponse } from "@ccms/contracts";
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, api, onPasswordChangeRequired, onUnauthorized, setCsrfToken } from "../api/client";

export type AuthStatus = "loading" | "anonymous" | "authenticated";

export interface AuthValue {
  status: AuthStatus;
  me: MeResponse | null;
  permissions: ReadonlySet<string>;
  /** Must change the password before anything else (K-06). */
  mustChangePassword: boolean;
  can(permission: string): boolean;
  login(username: string, password: string): Promise<LoginResponse>;
  logout(): Promise<void>;
  refresh(): Promise<MeResponse | null>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>("loading");
  const [me, setMe] = useState<MeResponse | null>(null);

  const refresh = useCallback(async () => {
    try {
      const m = await api.get<MeResponse>("/auth/me", undefined, { skipAuthRedirect: true });
      setCsrfToken(m.csrfToken);
      setMe(m);
      setStatus("authenticated");
      return m;
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
        setCsrfToken(null);
        setMe(null);
        setStatus("anonymous");
        return null;
      }
      throw e;
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => {
      setMe(null);
      setStatus("anonymous");
    });
  }, [refresh]);

  useEffect(() => {
    const offUnauthorized = onUnauthorized(() => {
      setCsrfToken(null);
      setMe(null);
      setStatus("anonymous");
    });
    const offPwd = onPasswordChangeRequired(() => {
      void refresh();
    });
    return () => {
      offUnauthorized();
      offPwd();
    };
  }, [refresh]);

  const login = useCallback(
    async (username: string, password: string) => {
      const res = await api.post<LoginResponse>("/auth/login", { username, password }, { skipAuthRedirect: true });
      setCsrfToken(res.csrfToken);
      await refresh();
      return res;
    },
    [refresh],
  );

  const logout = useCallback(async () => {
    try {
      await api.post("/auth/logout", {}, { skipAuthRedirect: true });
    } catch {}
    setCsrfToken(null);
    setMe(null);
    setStatus("anonymous");
  }, []);

  const value = useMemo<AuthValue>(() => {
    const permissions = new Set(me?.permissions ?? []);
    return {
      status,
      me,
      permissions,
      mustChangePassword: !!me && (me.mustChangePassword || me.passwordExpired),
      can: (p: string) => permissions.has(p),
      login,
      logout,
      refresh,
    };
  }, [status, me, login, logout, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error("useAuth outside AuthProvider");
  return v;
}
