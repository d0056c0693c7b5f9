-- In-app notifications: one row per recipient user; read_at is set once when the user reads it.
CREATE TABLE notifications (
  id            UUID          NOT NULL PRIMARY KEY,
  recipient_id  UUID          NOT NULL,
  kind          VARCHAR(60)   NOT NULL,
  subject       VARCHAR(300)  NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  link_path     VARCHAR(500),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at);
CREATE INDEX notifications_unread_idx ON notifications (recipient_id, read_at);
