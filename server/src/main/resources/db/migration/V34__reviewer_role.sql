-- Expert review: members may have the reviewer role (between viewer and issuer: sees what a viewer sees and reviews
-- applications for badges open for application).
alter table memberships drop constraint memberships_role_check;
alter table memberships add constraint memberships_role_check
    check (role in ('owner', 'admin', 'issuer', 'reviewer', 'viewer'));
alter table invitations drop constraint invitations_role_check;
alter table invitations add constraint invitations_role_check
    check (role in ('owner', 'admin', 'issuer', 'reviewer', 'viewer'));
