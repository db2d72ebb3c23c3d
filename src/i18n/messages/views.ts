// Messages owned by the views capability. Chinese first; `en` must have every key `zh` has.

export const viewsZh = {} as const;

export const viewsEn: Record<keyof typeof viewsZh, string> = {};
