// Messages owned by the upload capability. Chinese first; `en` must have every key `zh` has.

export const uploadZh = {} as const;

export const uploadEn: Record<keyof typeof uploadZh, string> = {};
