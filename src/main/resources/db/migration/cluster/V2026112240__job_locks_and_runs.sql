-- ShedLock: one row per scheduled job; the node holding a job's lock runs it, the others skip.
-- Times are the database's own clock (ShedLock's "usingDbTime"), so node clocks may differ.
CREATE TABLE shedlock (
  name        VARCHAR(64)   NOT NULL PRIMARY KEY,
  lock_until  TIMESTAMP     NOT NULL,
  locked_at   TIMESTAMP     NOT NULL,
  locked_by   VARCHAR(255)  NOT NULL
);

-- One row per run of a scheduled job on any node, so operators can see which node ran what and when.
CREATE TABLE job_runs (
  id           UUID          NOT NULL PRIMARY KEY,
  job          VARCHAR(64)   NOT NULL,
  node         VARCHAR(255)  NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE,
  outcome      VARCHAR(20)   NOT NULL,
  error        VARCHAR(1000)
);
CREATE INDEX job_runs_job_started_idx ON job_runs (job, started_at);
CREATE INDEX job_runs_started_idx ON job_runs (started_at);
