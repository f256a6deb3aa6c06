-- The organization's LinkedIn company page id, for earners' "Add to profile" links (organizationId), when it has one.
alter table organizations add column linkedin_organization_id text;
