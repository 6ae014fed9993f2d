-- Run once by the postgres image when its data directory is empty: one database per service, each owned by the
-- suite's user (POSTGRES_USER). The services' Flyway migrations create the tables.
CREATE DATABASE antq_models;
CREATE DATABASE antq_activities;
CREATE DATABASE antq_staffing;
