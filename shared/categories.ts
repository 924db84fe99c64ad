/** The fixed categories a worker browses; their display names live in the UI string tables. */
export const CATEGORIES = [
  'housing',
  'work',
  'health',
  'rules',
  'money',
  'transport',
  'emergency',
  'daily',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const ITEM_KINDS = ['article', 'contact', 'urgent'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const TENANT_KINDS = ['national', 'municipality', 'employer'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const ROLES = ['admin', 'editor', 'translator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCATION_KINDS = ['town_hall', 'housing_site', 'employer_site'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
