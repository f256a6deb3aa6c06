-- Pathways (issue 15): an organization's tree of steps towards a goal badge. The tree is stored as the API's JSON
-- (pathways.StepJson); what each pathway requires is copied out into pathway_requirements, so a credential issued,
-- imported, revoked or expired finds the pathways it touches without reading every tree.
create table pathways (
    id              uuid primary key,
    organization_id uuid not null references organizations (id),
    name            text not null,
    description     text not null default '',
    goal_badge_id   uuid not null references badges (id),
    steps           jsonb not null,
    require_current boolean not null default false,
    published       boolean not null default false,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index pathways_organization on pathways (organization_id, created_at);

-- kind: badge (a badge of this Laurel, by id, also each milestone), achievement (an achievement id URL), issuer (an
-- issuer's DID or URL, with the achievement's name in name), skill (an alignment's targetUrl or targetCode, lowercased)
create table pathway_requirements (
    pathway_id uuid not null references pathways (id) on delete cascade,
    kind       text not null check (kind in ('badge', 'achievement', 'issuer', 'skill')),
    value      text not null,
    primary key (pathway_id, kind, value)
);
create index pathway_requirements_value on pathway_requirements (kind, value);

-- An earner's standing on a pathway, by the earner's one address (an account's sign-in address, else the address
-- credentials were issued to, lowercased): which steps are complete, as last evaluated; whether the issuer enrolled
-- them or they joined. A row exists once they hold anything the pathway counts, or were enrolled, or joined.
create table pathway_earners (
    pathway_id      uuid not null references pathways (id) on delete cascade,
    email           text not null,
    completed_steps text[] not null default '{}',
    percent         int not null default 0,
    completed_at    timestamptz,
    enrolled_at     timestamptz,
    joined_at       timestamptz,
    evaluated_at    timestamptz not null,
    primary key (pathway_id, email)
);
create index pathway_earners_email on pathway_earners (email);

-- A milestone (an inner group's badge, or the goal for the root) awarded to an earner: once per pathway, step and
-- earner. 'due' until the follow-up that issues it has run; 'suspended' while the pathway requires current
-- credentials and the earner's are not.
create table pathway_awards (
    pathway_id    uuid not null references pathways (id),
    step_id       text not null,
    email         text not null,
    state         text not null check (state in ('due', 'awarded', 'suspended')),
    credential_id uuid references credentials (id),
    due_at        timestamptz not null,
    awarded_at    timestamptz,
    primary key (pathway_id, step_id, email)
);
create index pathway_awards_credential on pathway_awards (credential_id);

-- Earners who asked for no mail when they complete a step.
create table pathway_mail_optouts (
    email     text primary key,
    opted_out_at timestamptz not null
);
