/** The demo organisation (README): what each module's demo loader is given to attach its data to. */
export interface DemoOrg {
  provinceId: string;
  cityId: string;
  /** [天河 GD-GZ-TH, 越秀 GD-GZ-YX] */
  counterIds: string[];
}
