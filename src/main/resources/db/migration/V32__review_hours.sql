-- What a later teaching-load statement (§24) needs of each completed review: the hours it counts for, fixed when the
-- review is submitted (configurable, omb.review.hours-per-review).
alter table review_assignment add column review_hours decimal(6, 2);
