/** How often the console looks for new feedback from workers (the list and the badge in the navigation). */
export const FEEDBACK_REFRESH_MS = 30_000;
