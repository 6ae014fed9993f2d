-- Activity tallies give sessions and materials too, as the reports do (Thanh Hóa 2019–2022: 120,000 loudspeaker
-- sessions, 46,991 leaflets, 100,747 booklets; Bình Phước: 5,693 hours of film screening). Null is "not reported".
alter table activity_tally
    add column sessions                        integer,
    add column leaflets                        integer,
    add column booklets                        integer,
    add column banners_slogans                 integer,
    add column panels_posters                  integer,
    -- For reports that count banners, slogans, panels and posters as one figure (Thanh Hóa: 61,856); never beside the
    -- split figures.
    add column banners_slogans_panels_posters  integer,
    add column broadcast_minutes               integer,
    add column screening_hours                 numeric(9, 1);

alter table activity_tally drop constraint activity_tally_counts;
alter table activity_tally drop constraint activity_tally_something_counted;
alter table activity_tally
    add constraint activity_tally_counts check (coalesce(activities, 0) >= 0 and coalesce(participants, 0) >= 0
        and coalesce(sessions, 0) >= 0 and coalesce(leaflets, 0) >= 0 and coalesce(booklets, 0) >= 0
        and coalesce(banners_slogans, 0) >= 0 and coalesce(panels_posters, 0) >= 0
        and coalesce(banners_slogans_panels_posters, 0) >= 0 and coalesce(broadcast_minutes, 0) >= 0
        and coalesce(screening_hours, 0) >= 0),
    add constraint activity_tally_something_counted check (num_nonnulls(activities, participants, sessions, leaflets, booklets,
        banners_slogans, panels_posters, banners_slogans_panels_posters, broadcast_minutes, screening_hours) > 0),
    add constraint activity_tally_banners_split_or_not check (banners_slogans_panels_posters is null
        or (banners_slogans is null and panels_posters is null));
