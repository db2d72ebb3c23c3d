// Messages owned by the speed capability. Chinese first; `en` must have every key `zh` has.

export const speedZh = {} as const;

export const speedEn: Record<keyof typeof speedZh, string> = {};
