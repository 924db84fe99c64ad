import nlAudit from './nl/audit.json';
import nlConflicts from './nl/conflicts.json';
import nlDashboard from './nl/dashboard.json';
import nlEditor from './nl/editor.json';
import nlErrors from './nl/errors.json';
import nlFeedback from './nl/feedback.json';
import nlKiosks from './nl/kiosks.json';
import nlLabels from './nl/labels.json';
import nlList from './nl/list.json';
import nlLocations from './nl/locations.json';
import nlPreview from './nl/preview.json';
import nlRichText from './nl/richText.json';
import nlShell from './nl/shell.json';
import nlSignin from './nl/signin.json';
import nlStatistics from './nl/statistics.json';
import nlTranslation from './nl/translation.json';
import nlUsers from './nl/users.json';
import enAudit from './en/audit.json';
import enConflicts from './en/conflicts.json';
import enDashboard from './en/dashboard.json';
import enEditor from './en/editor.json';
import enErrors from './en/errors.json';
import enFeedback from './en/feedback.json';
import enKiosks from './en/kiosks.json';
import enLabels from './en/labels.json';
import enList from './en/list.json';
import enLocations from './en/locations.json';
import enPreview from './en/preview.json';
import enRichText from './en/richText.json';
import enShell from './en/shell.json';
import enSignin from './en/signin.json';
import enStatistics from './en/statistics.json';
import enTranslation from './en/translation.json';
import enUsers from './en/users.json';

/** One namespace per screen area; the same keys in both languages (locales.test.ts checks). */
export const resources = {
  nl: {
    audit: nlAudit,
    conflicts: nlConflicts,
    dashboard: nlDashboard,
    editor: nlEditor,
    errors: nlErrors,
    feedback: nlFeedback,
    kiosks: nlKiosks,
    labels: nlLabels,
    list: nlList,
    locations: nlLocations,
    preview: nlPreview,
    richText: nlRichText,
    shell: nlShell,
    signin: nlSignin,
    statistics: nlStatistics,
    translation: nlTranslation,
    users: nlUsers,
  },
  en: {
    audit: enAudit,
    conflicts: enConflicts,
    dashboard: enDashboard,
    editor: enEditor,
    errors: enErrors,
    feedback: enFeedback,
    kiosks: enKiosks,
    labels: enLabels,
    list: enList,
    locations: enLocations,
    preview: enPreview,
    richText: enRichText,
    shell: enShell,
    signin: enSignin,
    statistics: enStatistics,
    translation: enTranslation,
    users: enUsers,
  },
} as const;
