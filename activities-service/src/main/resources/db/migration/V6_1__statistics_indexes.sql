-- Indexes for the statistics endpoints' national windows (province windows use the (province_code, …) indexes of V2,
-- V3 and V4). An activity lies in a window when its day or period overlaps it: a GiST index on the days as a range
-- answers "overlaps [from, to]" for any window, which no B-tree on first or last day can. The range expression must
-- stay exactly the one ActivityStatisticsRepository queries.
create index propaganda_activity_days_idx on propaganda_activity
    using gist (daterange(coalesce(held_on, period_from), coalesce(held_on, period_to), '[]'));
create index tip_received_at_idx on tip (received_at);
create index weapon_handover_day_idx on weapon_handover (handed_over_on);
