-- One registration per register form: the form's random token, per user, with the registration it
-- created. The primary key makes a second post of the same form (double click, re-sent post, another
-- node) find the first registration instead of creating another.
CREATE TABLE deal_form_submissions (
    registered_by   UUID         NOT NULL,
    form_token      VARCHAR(64)  NOT NULL,
    registration_id UUID,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registered_by, form_token)
);
