-- The logo of a partner body or sponsor: an image in the file store (PNG, JPEG or WebP, checked by its bytes),
-- its alternative text and its size in pixels, so pages can reserve its space before it loads.
create table organisations.partner_logo (
    organisation_id bigint      primary key references organisations.organisation (id) on delete cascade,
    file_key        text        not null unique,
    content_type    text        not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    alt_text        text        not null check (length(alt_text) between 1 and 200),
    width           int         not null check (width between 1 and 4000),
    height          int         not null check (height between 1 and 4000),
    size_bytes      int         not null check (size_bytes > 0),
    uploaded_at     timestamptz not null default now()
);
