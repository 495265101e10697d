/** The compare page shows at most four plans side by side (parseRoute keeps four of a link's plans). */
export const MAX_PICKS = 4;
