-- Module assessments: the outcome-measure catalogue. An instrument is data (items, printed options
-- with their scores, range, direction, cut-off, norms, licence), not code per instrument.

create table assessments.instrument (
    code               text primary key,
    name               text not null,
    citation           text not null,
    licence_note       text not null,
    instructions       text,
    min_score          int not null,
    max_score          int not null,
    higher_is_better   boolean not null,
    clinical_cutoff    numeric(6, 2),
    cutoff_source      text,
    -- norms for reliable change (Jacobson & Truax): SD of the reference group and reliability r;
    -- absent until an administrator enters published figures with their source
    norm_sd            numeric(8, 3),
    norm_reliability   numeric(5, 4),
    norm_source        text,
    norms_updated_at   timestamptz,
    norms_updated_by   text,
    constraint instrument_range check (min_score < max_score),
    constraint instrument_norms_complete check (
        (norm_sd is null and norm_reliability is null and norm_source is null)
        or (norm_sd > 0 and norm_reliability > 0 and norm_reliability < 1 and length(trim(norm_source)) > 0))
);

create table assessments.instrument_item (
    instrument_code text not null references assessments.instrument (code),
    number          int not null,
    stem            text not null,
    kind            text not null,
    left_pole       text,
    right_pole      text,
    primary key (instrument_code, number),
    constraint instrument_item_kind check (kind in ('SCALE', 'SEMANTIC_DIFFERENTIAL')),
    constraint instrument_item_poles check ((kind = 'SEMANTIC_DIFFERENTIAL') = (left_pole is not null and right_pole is not null))
);

-- The options of an item in the order they are printed (position 0 first) and the score each earns.
create table assessments.item_option (
    instrument_code text not null,
    item_number     int not null,
    position        int not null,
    label           text not null,
    score           int not null,
    primary key (instrument_code, item_number, position),
    foreign key (instrument_code, item_number) references assessments.instrument_item (instrument_code, number),
    constraint item_option_position check (position >= 0)
);
