--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: btree_gin; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;

--
-- Name: EXTENSION btree_gin; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gin IS 'support for indexing common datatypes in GIN';

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

--
-- Name: attachments_no_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.attachments_no_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      if old.petition_id is null and old.dispute_id is null then
        return old;
      end if;
      raise exception 'attachments of a petition are petition data and are never deleted: DELETE refused'
        using errcode = 'insufficient_privilege';
    end $$;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events (
    seq bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    actor_id integer,
    actor_username text,
    actor_org_id integer,
    org_id integer,
    ip text,
    request_id text,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text,
    before jsonb,
    after jsonb,
    prev_hash text NOT NULL,
    hash text NOT NULL
);

--
-- Name: audit_content(public.audit_events); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_content(e public.audit_events) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
      select e.prev_hash
        || audit_field(e.seq::text)
        || audit_field(to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_field(e.actor_id::text) || audit_field(e.actor_username) || audit_field(e.actor_org_id::text)
        || audit_field(e.org_id::text) || audit_field(e.ip) || audit_field(e.request_id)
        || audit_field(e.action) || audit_field(e.object_type) || audit_field(e.object_id)
        || audit_field(e.before::text) || audit_field(e.after::text)
    $$;

--
-- Name: audit_events_chain(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_events_chain() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    declare last_seq bigint; last_hash text;
    begin
      perform pg_advisory_xact_lock(7246151);
      select seq, hash into last_seq, last_hash from audit_events order by seq desc limit 1;
      new.seq := coalesce(last_seq, 0) + 1;
      new.prev_hash := coalesce(last_hash, repeat('0', 64));
      new.hash := encode(sha256(convert_to(audit_content(new), 'UTF8')), 'hex');
      return new;
    end $$;

--
-- Name: audit_events_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_events_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      raise exception 'audit_events is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $$;

--
-- Name: audit_field(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_field(t text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ select case when t is null then '~' else octet_length(t)::text || ':' || t end $$;

--
-- Name: audit_link(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_link(batch integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
    declare moved integer;
    begin
      perform pg_advisory_xact_lock(7246151);
      perform set_config('xinfang.audit_linking', 'on', true);
      with taken as (
        delete from audit_pending where id in (select id from audit_pending order by id limit batch) returning *
      )
      insert into audit_events (at, actor_id, actor_username, actor_org_id, org_id, ip, request_id, action, object_type,
        object_id, before, after)
      select at, actor_id, actor_username, actor_org_id, org_id, ip, request_id, action, object_type, object_id, before, after
      from taken order by id;
      get diagnostics moved = row_count;
      perform set_config('xinfang.audit_linking', 'off', true);
      return moved;
    end $$;

--
-- Name: audit_pending_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_pending_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      if tg_op = 'DELETE' and current_setting('xinfang.audit_linking', true) = 'on' then
        return old;
      end if;
      raise exception 'audit_pending is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $$;

--
-- Name: bump_reference_version(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.bump_reference_version() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      update reference_versions set version = version + 1 where name = tg_argv[0];
      return null;
    end $$;

--
-- Name: documents_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.documents_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      if tg_op = 'UPDATE' and old.docx_sha256 is null and new.docx_sha256 is not null
         and (to_jsonb(new) - 'docx_sha256' - 'pdf_sha256') = (to_jsonb(old) - 'docx_sha256' - 'pdf_sha256') then
        return new;
      end if;
      raise exception 'issued documents are never changed or removed';
    end $$;

--
-- Name: petition_clock_soon_at(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.petition_clock_soon_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      new.soon_at := new.due_at - (new.due_at - new.started_at) * 0.2;
      return new;
    end $$;

--
-- Name: petition_data_no_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.petition_data_no_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      raise exception '% is petition data and is never deleted: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
    end $$;

--
-- Name: petition_scope_orgs_first(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.petition_scope_orgs_first() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      new.scope_orgs := array(select unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) as s from orgs o
        where o.id = new.org_id order by s);
      return new;
    end $$;

--
-- Name: petition_scope_orgs_sync(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.petition_scope_orgs_sync() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      update petitions p set scope_orgs = x.orgs
      from (
        select s.petition_id, array_agg(s.org_id order by s.org_id) as orgs from petition_scopes s
        where s.petition_id in (select petition_id from added)
        group by s.petition_id
      ) x
      where p.id = x.petition_id and p.scope_orgs is distinct from x.orgs;
      return null;
    end $$;

--
-- Name: petition_scopes_add(bigint, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.petition_scopes_add(petition bigint, org integer) RETURNS void
    LANGUAGE sql
    AS $$
      insert into petition_scopes (org_id, petition_id, received_at, created_at, status, channel, type, category_id)
      select s, p.id, p.received_at, p.created_at, p.status, p.channel, p.type, p.category_id
      from petitions p, orgs o, unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) s
      where p.id = petition and o.id = org
      on conflict (org_id, received_at, petition_id) do nothing
    $$;

--
-- Name: petition_scopes_on_access(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.petition_scopes_on_access() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      perform petition_scopes_add(new.petition_id, new.org_id);
      return null;
    end $$;

--
-- Name: petition_scopes_on_move(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.petition_scopes_on_move() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    declare
      moved bigint[];
    begin
      select array_agg(id) into moved from (
        select p.id from petitions p join changed_new n on n.id = p.org_id join changed_old o on o.id = n.id where n.path <> o.path
        union
        select a.petition_id from petition_access a join changed_new n on n.id = a.org_id join changed_old o on o.id = n.id
        where n.path <> o.path
      ) x;
      if moved is not null then
        delete from petition_scopes where petition_id = any(moved);
        insert into petition_scopes select * from petition_scope_rows where petition_id = any(moved);
      end if;
      return null;
    end $$;

--
-- Name: petition_scopes_on_petition(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.petition_scopes_on_petition() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      if tg_op = 'INSERT' then
        perform petition_scopes_add(new.id, new.org_id);
      else
        update petition_scopes set received_at = new.received_at, created_at = new.created_at, status = new.status,
          channel = new.channel, type = new.type, category_id = new.category_id
        where petition_id = new.id;
      end if;
      return null;
    end $$;

--
-- Name: similar_candidates(integer[], integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.similar_candidates(wanted integer[], title_keys integer[]) RETURNS TABLE(id bigint, signature bytea, same_title boolean)
    LANGUAGE sql STABLE
    SET enable_seqscan TO 'off'
    AS $$
    select petition_id, signature, keys[33:] && title_keys from petition_signatures where keys && wanted
  $$;

--
-- Name: stat_dirty_on_move(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.stat_dirty_on_move() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      insert into stat_dirty (petition_id)
      select distinct s.petition_id from petition_scopes s
      where s.org_id in (select n.id from changed_new n join changed_old o on o.id = n.id where n.path <> o.path);
      return null;
    end $$;

--
-- Name: stat_mark_dirty(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.stat_mark_dirty() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      insert into stat_dirty (petition_id) values (new.petition_id);
      return null;
    end $$;

--
-- Name: stat_mark_overdue_changes(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.stat_mark_overdue_changes() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin
      insert into stat_dirty (petition_id)
      select n.petition_id from changed_new n join changed_old o on o.id = n.id
      where n.petition_id is not null and (o.grade = 'overdue') is distinct from (n.grade = 'overdue');
      return null;
    end $$;

--
-- Name: title_bigrams(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.title_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
      select coalesce(array_agg(distinct substr(lower(t), i, 2)), '{}') from generate_series(1, char_length(t) - 1) i
    $$;

--
-- Name: assist_body_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assist_body_rules (
    id integer NOT NULL,
    category_id integer NOT NULL,
    org_kind text NOT NULL,
    name_contains text,
    updated_by integer,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assist_body_rules_org_kind_check CHECK ((org_kind = ANY (ARRAY['bureau'::text, 'department'::text, 'government'::text, 'township'::text, 'village'::text, 'court'::text, 'procuratorate'::text, 'discipline'::text, 'arbitration'::text, 'reconsideration'::text])))
);

--
-- Name: assist_body_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assist_body_rules ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assist_body_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assist_knowledge; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assist_knowledge (
    id integer NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    citation text,
    active boolean DEFAULT true NOT NULL,
    updated_by integer NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assist_knowledge_body_check CHECK (((length(btrim(body)) >= 1) AND (length(btrim(body)) <= 5000))),
    CONSTRAINT assist_knowledge_citation_check CHECK ((length(citation) <= 200)),
    CONSTRAINT assist_knowledge_kind_check CHECK ((kind = ANY (ARRAY['policy'::text, 'basis'::text, 'route'::text]))),
    CONSTRAINT assist_knowledge_title_check CHECK (((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 100)))
);

--
-- Name: assist_knowledge_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assist_knowledge ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assist_knowledge_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assist_labels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assist_labels (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    kind text NOT NULL,
    source text NOT NULL,
    model_version integer,
    offered integer[] DEFAULT '{}'::integer[] NOT NULL,
    chosen integer,
    rank smallint,
    actor_id integer NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assist_labels_kind_check CHECK ((kind = ANY (ARRAY['category'::text, 'body'::text]))),
    CONSTRAINT assist_labels_source_check CHECK ((source = ANY (ARRAY['registration'::text, 'correction'::text])))
);

--
-- Name: assist_labels_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assist_labels ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assist_labels_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assist_models; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assist_models (
    id integer NOT NULL,
    version integer NOT NULL,
    trained_at timestamp with time zone DEFAULT now() NOT NULL,
    trained_by integer,
    examples integer NOT NULL,
    own_examples integer NOT NULL,
    train_seconds real NOT NULL,
    evaluation jsonb NOT NULL,
    params bytea,
    active boolean DEFAULT false NOT NULL,
    activated_at timestamp with time zone,
    activated_by integer
);

--
-- Name: assist_models_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.assist_models ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.assist_models_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: assist_routes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assist_routes (
    category_id integer NOT NULL,
    county text NOT NULL,
    org_id integer NOT NULL,
    routed integer NOT NULL,
    kept integer NOT NULL,
    concluded integer NOT NULL
);

--
-- Name: attachments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attachments (
    id bigint NOT NULL,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    mime text NOT NULL,
    filename text NOT NULL,
    org_id integer NOT NULL,
    uploaded_by integer NOT NULL,
    uploaded_at timestamp with time zone DEFAULT now() NOT NULL,
    petition_id bigint,
    uploader_address text,
    dispute_id bigint
);

--
-- Name: attachments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.attachments ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.attachments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: audit_pending; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_pending (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    actor_id integer,
    actor_username text,
    actor_org_id integer,
    org_id integer,
    ip text,
    request_id text,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text,
    before jsonb,
    after jsonb
);

--
-- Name: audit_pending_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_pending_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: audit_pending_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_pending_id_seq OWNED BY public.audit_pending.id;

--
-- Name: calendar_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_days (
    date date NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    CONSTRAINT calendar_days_kind_check CHECK ((kind = ANY (ARRAY['holiday'::text, 'workday'::text])))
);

--
-- Name: calendar_years; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_years (
    year smallint NOT NULL,
    notice text NOT NULL,
    entered_by integer,
    entered_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT calendar_years_year_check CHECK (((year >= 2000) AND (year <= 2100)))
);

--
-- Name: categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.categories (
    id integer NOT NULL,
    parent_id integer,
    level smallint NOT NULL,
    name text NOT NULL,
    path text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT categories_level_check CHECK (((level >= 1) AND (level <= 3))),
    CONSTRAINT categories_name_check CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 50)))
);

--
-- Name: categories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.categories ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.categories_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: clock_warnings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.clock_warnings (
    clock_id bigint NOT NULL,
    grade text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    notified_at timestamp with time zone
);

--
-- Name: decisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.decisions (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    stage text NOT NULL,
    org_id integer NOT NULL,
    outcome text NOT NULL,
    request text NOT NULL,
    facts text NOT NULL,
    reasons text NOT NULL,
    basis text NOT NULL,
    review_org_id integer,
    review_days integer,
    issued_by integer NOT NULL,
    issued_at timestamp with time zone DEFAULT now() NOT NULL,
    delivery_method text,
    delivery_result text,
    delivered_on date,
    delivery_note text,
    delivered_by integer,
    CONSTRAINT decisions_delivery_method_check CHECK ((delivery_method = ANY (ARRAY['in_person'::text, 'post'::text, 'electronic'::text]))),
    CONSTRAINT decisions_delivery_result_check CHECK ((delivery_result = ANY (ARRAY['signed'::text, 'refused'::text]))),
    CONSTRAINT decisions_outcome_check CHECK (
CASE
    WHEN (stage = 'handling'::text) THEN (outcome = ANY (ARRAY['support'::text, 'explain'::text, 'reject'::text]))
    ELSE (outcome = ANY (ARRAY['uphold'::text, 'revoke'::text, 'vary'::text, 'redo'::text]))
END),
    CONSTRAINT decisions_stage_check CHECK ((stage = ANY (ARRAY['handling'::text, 'review'::text, 'reexamination'::text])))
);

--
-- Name: decisions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.decisions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.decisions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: dispute_agreements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dispute_agreements (
    id bigint NOT NULL,
    dispute_id bigint NOT NULL,
    org_id integer NOT NULL,
    concluded_on date NOT NULL,
    terms text NOT NULL,
    performance text NOT NULL,
    party_ids bigint[] NOT NULL,
    mediators text[] NOT NULL,
    scan_id bigint,
    follow_up_on date NOT NULL,
    court text,
    confirmed_on date,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dispute_agreements_check CHECK (((court IS NULL) = (confirmed_on IS NULL))),
    CONSTRAINT dispute_agreements_mediators_check CHECK ((cardinality(mediators) >= 1)),
    CONSTRAINT dispute_agreements_party_ids_check CHECK ((cardinality(party_ids) >= 2))
);

--
-- Name: dispute_agreements_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dispute_agreements ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.dispute_agreements_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: dispute_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dispute_events (
    id bigint NOT NULL,
    dispute_id bigint NOT NULL,
    actor_id integer NOT NULL,
    actor_org_id integer NOT NULL,
    kind text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: dispute_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dispute_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.dispute_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: dispute_follow_ups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dispute_follow_ups (
    id bigint NOT NULL,
    dispute_id bigint NOT NULL,
    agreement_id bigint NOT NULL,
    visited_on date NOT NULL,
    result text NOT NULL,
    note text NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dispute_follow_ups_result_check CHECK ((result = ANY (ARRAY['kept'::text, 'partly'::text, 'broken'::text])))
);

--
-- Name: dispute_follow_ups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dispute_follow_ups ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.dispute_follow_ups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: dispute_meetings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dispute_meetings (
    id bigint NOT NULL,
    org_id integer NOT NULL,
    kind text NOT NULL,
    held_on date NOT NULL,
    chair text NOT NULL,
    present_org_ids integer[] DEFAULT '{}'::integer[] NOT NULL,
    dispute_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    petition_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    notes text NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dispute_meetings_kind_check CHECK ((kind = ANY (ARRAY['analysis'::text, 'joint'::text])))
);

--
-- Name: dispute_meetings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dispute_meetings ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.dispute_meetings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: dispute_number_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dispute_number_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: dispute_parties; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dispute_parties (
    id bigint NOT NULL,
    dispute_id bigint NOT NULL,
    "position" smallint NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    phone text,
    address text,
    claim text NOT NULL,
    org_id integer,
    CONSTRAINT dispute_parties_kind_check CHECK ((kind = ANY (ARRAY['person'::text, 'body'::text])))
);

--
-- Name: dispute_parties_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dispute_parties ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.dispute_parties_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: dispute_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dispute_reports (
    id bigint NOT NULL,
    dispute_id bigint NOT NULL,
    org_id integer NOT NULL,
    facts text NOT NULL,
    tried text NOT NULL,
    reason text NOT NULL,
    suggestion text NOT NULL,
    issued_on date NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: dispute_reports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dispute_reports ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.dispute_reports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: dispute_summaries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dispute_summaries (
    id bigint NOT NULL,
    org_id integer NOT NULL,
    period text NOT NULL,
    period_start date NOT NULL,
    found integer NOT NULL,
    settled integer NOT NULL,
    escalated integer NOT NULL,
    open integer NOT NULL,
    zero boolean NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    filed_by integer NOT NULL,
    filed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dispute_summaries_escalated_check CHECK ((escalated >= 0)),
    CONSTRAINT dispute_summaries_found_check CHECK ((found >= 0)),
    CONSTRAINT dispute_summaries_open_check CHECK ((open >= 0)),
    CONSTRAINT dispute_summaries_period_check CHECK ((period = ANY (ARRAY['day'::text, 'week'::text]))),
    CONSTRAINT dispute_summaries_settled_check CHECK ((settled >= 0))
);

--
-- Name: dispute_summaries_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.dispute_summaries ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.dispute_summaries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: disputes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.disputes (
    id bigint NOT NULL,
    number text NOT NULL,
    org_id integer NOT NULL,
    registered_org_id integer NOT NULL,
    held_by integer[] NOT NULL,
    status text NOT NULL,
    kind text NOT NULL,
    source text NOT NULL,
    title text NOT NULL,
    facts text NOT NULL,
    region_code text NOT NULL,
    address text NOT NULL,
    found_on date NOT NULL,
    mediators text[] DEFAULT '{}'::text[] NOT NULL,
    legal_route text,
    escalated_to integer,
    source_petition_id bigint,
    reported_back_at timestamp with time zone,
    petition_id bigint,
    version integer DEFAULT 1 NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    closed_at timestamp with time zone,
    source_org_id integer,
    CONSTRAINT disputes_check CHECK (((status = 'escalated'::text) = (escalated_to IS NOT NULL))),
    CONSTRAINT disputes_check1 CHECK (((status = 'petitioned'::text) = (petition_id IS NOT NULL))),
    CONSTRAINT disputes_held_by_check CHECK ((cardinality(held_by) >= 1)),
    CONSTRAINT disputes_kind_check CHECK ((kind = ANY (ARRAY['land'::text, 'boundary'::text, 'forest_boundary'::text, 'homestead'::text, 'family'::text, 'neighbour'::text, 'wages'::text, 'contract'::text, 'damages'::text, 'environment'::text, 'property'::text, 'other'::text]))),
    CONSTRAINT disputes_legal_route_check CHECK ((legal_route = ANY (ARRAY['litigation'::text, 'arbitration'::text, 'labor_arbitration'::text, 'reconsideration'::text, 'petition'::text]))),
    CONSTRAINT disputes_source_check CHECK ((source = ANY (ARRAY['resident'::text, 'visit'::text, 'petition'::text, 'referral'::text]))),
    CONSTRAINT disputes_source_pair CHECK (((source_petition_id IS NULL) = (source_org_id IS NULL))),
    CONSTRAINT disputes_status_check CHECK ((status = ANY (ARRAY['registered'::text, 'mediating'::text, 'agreed'::text, 'failed'::text, 'escalated'::text, 'closed'::text, 'withdrawn'::text, 'petitioned'::text])))
);

--
-- Name: disputes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.disputes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.disputes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: document_number_counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_number_counters (
    org_id integer NOT NULL,
    kind text NOT NULL,
    year integer NOT NULL,
    last_seq integer NOT NULL
);

--
-- Name: document_templates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_templates (
    id bigint NOT NULL,
    kind text NOT NULL,
    body text,
    updated_by integer,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    org_id integer NOT NULL
);

--
-- Name: document_templates_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.document_templates ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.document_templates_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    event_id bigint NOT NULL,
    kind text NOT NULL,
    org_id integer NOT NULL,
    number text NOT NULL,
    year integer NOT NULL,
    seq integer NOT NULL,
    title text NOT NULL,
    text text NOT NULL,
    variables jsonb NOT NULL,
    docx_sha256 text,
    pdf_sha256 text,
    created_by integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    layout jsonb,
    CONSTRAINT documents_files_together CHECK (((docx_sha256 IS NULL) = (pdf_sha256 IS NULL))),
    CONSTRAINT documents_renderable CHECK (((docx_sha256 IS NOT NULL) OR (layout IS NOT NULL)))
);

--
-- Name: documents_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.documents ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.documents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: duty_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.duty_events (
    id integer NOT NULL,
    org_id integer NOT NULL,
    kind text NOT NULL,
    swap_id integer,
    actor_id integer NOT NULL,
    detail jsonb DEFAULT '{}'::jsonb NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT duty_events_kind_check CHECK ((kind = ANY (ARRAY['settings_updated'::text, 'generated'::text, 'swap_requested'::text, 'swap_accepted'::text, 'swap_declined'::text, 'swap_approved'::text, 'swap_refused'::text])))
);

--
-- Name: duty_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.duty_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.duty_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: duty_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.duty_settings (
    org_id integer NOT NULL,
    rotation jsonb NOT NULL,
    officers_per_shift smallint NOT NULL,
    round_the_clock boolean NOT NULL,
    day_start text NOT NULL,
    day_end text NOT NULL,
    updated_by integer NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT duty_settings_check CHECK (((day_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'::text) AND (day_end > day_start))),
    CONSTRAINT duty_settings_day_start_check CHECK ((day_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'::text)),
    CONSTRAINT duty_settings_officers_per_shift_check CHECK (((officers_per_shift >= 1) AND (officers_per_shift <= 5)))
);

--
-- Name: duty_shifts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.duty_shifts (
    id integer NOT NULL,
    org_id integer NOT NULL,
    duty_date date NOT NULL,
    role text NOT NULL,
    kind text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    user_id integer NOT NULL,
    replaces_id integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    removed_at timestamp with time zone,
    CONSTRAINT duty_shifts_check CHECK ((ends_at > starts_at)),
    CONSTRAINT duty_shifts_kind_check CHECK ((kind = ANY (ARRAY['day'::text, 'full'::text]))),
    CONSTRAINT duty_shifts_role_check CHECK ((role = ANY (ARRAY['leader'::text, 'manager'::text, 'officer'::text])))
);

--
-- Name: duty_shifts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.duty_shifts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.duty_shifts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: duty_swaps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.duty_swaps (
    id integer NOT NULL,
    org_id integer NOT NULL,
    shift_id integer NOT NULL,
    counter_shift_id integer,
    requester_id integer NOT NULL,
    colleague_id integer NOT NULL,
    reason text NOT NULL,
    state text NOT NULL,
    decided_by integer,
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT duty_swaps_check CHECK ((colleague_id <> requester_id)),
    CONSTRAINT duty_swaps_state_check CHECK ((state = ANY (ARRAY['requested'::text, 'accepted'::text, 'approved'::text, 'declined'::text, 'refused'::text])))
);

--
-- Name: duty_swaps_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.duty_swaps ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.duty_swaps_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: evaluations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluations (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    target text NOT NULL,
    org_id integer NOT NULL,
    decision_id bigint NOT NULL,
    rating text NOT NULL,
    reasons text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    stage text NOT NULL,
    counted boolean DEFAULT true NOT NULL,
    CONSTRAINT evaluations_rating_check CHECK ((rating = ANY (ARRAY['satisfied'::text, 'basically_satisfied'::text, 'dissatisfied'::text]))),
    CONSTRAINT evaluations_stage_check CHECK ((stage = ANY (ARRAY['handling'::text, 'review'::text, 'reexamination'::text]))),
    CONSTRAINT evaluations_target_check CHECK ((target = ANY (ARRAY['bureau'::text, 'handling'::text])))
);

--
-- Name: evaluations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluations ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.evaluations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: extensions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.extensions (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    org_id integer NOT NULL,
    days integer NOT NULL,
    reason text NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    requested_by integer NOT NULL,
    requested_at timestamp with time zone DEFAULT now() NOT NULL,
    decided_by integer,
    decided_at timestamp with time zone,
    note text,
    CONSTRAINT extensions_days_check CHECK (((days >= 1) AND (days <= 30))),
    CONSTRAINT extensions_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text])))
);

--
-- Name: extensions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.extensions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.extensions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: handling_records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handling_records (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    org_id integer NOT NULL,
    kind text NOT NULL,
    occurred_on date NOT NULL,
    note text NOT NULL,
    hearing_from date,
    hearing_to date,
    agreement boolean,
    relief_kind text,
    relief_amount numeric(14,2),
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT handling_records_check CHECK (((kind <> 'hearing'::text) OR ((hearing_from IS NOT NULL) AND (hearing_to IS NOT NULL) AND (hearing_to >= hearing_from)))),
    CONSTRAINT handling_records_kind_check CHECK ((kind = ANY (ARRAY['investigation'::text, 'meeting'::text, 'document'::text, 'hearing'::text, 'mediation'::text, 'relief'::text, 'other'::text])))
);

--
-- Name: handling_records_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.handling_records ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.handling_records_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: idempotency_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idempotency_keys (
    user_id integer NOT NULL,
    key text NOT NULL,
    fingerprint text NOT NULL,
    written boolean DEFAULT false NOT NULL,
    status smallint,
    content_type text,
    body bytea,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: import_jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_jobs (
    id integer NOT NULL,
    org_id integer NOT NULL,
    created_by integer NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    dry_run boolean NOT NULL,
    filename text NOT NULL,
    mapping jsonb NOT NULL,
    total integer DEFAULT 0 NOT NULL,
    processed integer DEFAULT 0 NOT NULL,
    created integer DEFAULT 0 NOT NULL,
    skipped integer DEFAULT 0 NOT NULL,
    errors jsonb DEFAULT '[]'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone
);

--
-- Name: import_jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.import_jobs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.import_jobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: instruction_recipients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instruction_recipients (
    id bigint NOT NULL,
    instruction_id bigint NOT NULL,
    petition_id bigint NOT NULL,
    org_id integer NOT NULL,
    acknowledged_at timestamp with time zone,
    acknowledged_by integer,
    CONSTRAINT instruction_recipients_check CHECK (((acknowledged_at IS NULL) = (acknowledged_by IS NULL)))
);

--
-- Name: instruction_recipients_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.instruction_recipients ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.instruction_recipients_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: instructions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instructions (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    org_id integer NOT NULL,
    leader_id integer NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: instructions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.instructions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.instructions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: kysely_migration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kysely_migration (
    name character varying(255) NOT NULL,
    "timestamp" character varying(255) NOT NULL
);

--
-- Name: kysely_migration_lock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kysely_migration_lock (
    id character varying(255) NOT NULL,
    is_locked integer DEFAULT 0 NOT NULL
);

--
-- Name: leader_unavailability; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leader_unavailability (
    id integer NOT NULL,
    user_id integer NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL,
    kind text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    removed_at timestamp with time zone,
    CONSTRAINT leader_unavailability_check CHECK ((to_date >= from_date)),
    CONSTRAINT leader_unavailability_kind_check CHECK ((kind = ANY (ARRAY['leave'::text, 'meeting'::text, 'other'::text])))
);

--
-- Name: leader_unavailability_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.leader_unavailability ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.leader_unavailability_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: mediation_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mediation_sessions (
    id bigint NOT NULL,
    dispute_id bigint NOT NULL,
    org_id integer NOT NULL,
    held_on date NOT NULL,
    place text NOT NULL,
    mediators text[] NOT NULL,
    party_ids bigint[] NOT NULL,
    note text NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mediation_sessions_mediators_check CHECK ((cardinality(mediators) >= 1)),
    CONSTRAINT mediation_sessions_party_ids_check CHECK ((cardinality(party_ids) >= 1))
);

--
-- Name: mediation_sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.mediation_sessions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.mediation_sessions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: meeting_tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_tasks (
    id bigint NOT NULL,
    meeting_id bigint NOT NULL,
    "position" smallint NOT NULL,
    org_id integer NOT NULL,
    title text NOT NULL,
    due_on date NOT NULL,
    done_at timestamp with time zone,
    done_by integer,
    done_note text,
    CONSTRAINT meeting_tasks_check CHECK (((done_at IS NULL) = (done_note IS NULL)))
);

--
-- Name: meeting_tasks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.meeting_tasks ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.meeting_tasks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: notification_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification_attempts (
    id bigint NOT NULL,
    outbox_id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    ok boolean NOT NULL,
    detail text
);

--
-- Name: notification_attempts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notification_attempts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.notification_attempts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: orgs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orgs (
    id integer NOT NULL,
    parent_id integer,
    path text NOT NULL,
    depth integer NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    short_name text,
    code text,
    region_code text,
    contact_person text,
    contact_phone text,
    address text,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    policy_pack text,
    CONSTRAINT orgs_kind_check CHECK ((kind = ANY (ARRAY['bureau'::text, 'department'::text, 'government'::text, 'township'::text, 'village'::text, 'court'::text, 'procuratorate'::text, 'discipline'::text, 'arbitration'::text, 'reconsideration'::text]))),
    CONSTRAINT orgs_name_check CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 100))),
    CONSTRAINT orgs_region_code_check CHECK ((region_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'::text))
);

--
-- Name: orgs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.orgs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.orgs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    petition_id bigint,
    event_id bigint,
    audience text NOT NULL,
    channel text NOT NULL,
    petitioner_id bigint,
    org_id integer,
    address text NOT NULL,
    template_key text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    link text,
    status text DEFAULT 'pending'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    last_error text,
    idempotency_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    CONSTRAINT outbox_audience_check CHECK ((audience = ANY (ARRAY['petitioner'::text, 'staff'::text]))),
    CONSTRAINT outbox_channel_check CHECK ((channel = ANY (ARRAY['sms'::text, 'email'::text, 'webhook'::text, 'inapp'::text]))),
    CONSTRAINT outbox_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'sent'::text, 'dead'::text])))
);

--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.outbox ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: outbox_secrets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox_secrets (
    outbox_id bigint NOT NULL,
    sealed text NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

--
-- Name: ownership_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ownership_items (
    ownership_id bigint NOT NULL,
    item text NOT NULL,
    done_on date NOT NULL,
    note text NOT NULL,
    CONSTRAINT ownership_items_item_check CHECK ((item = ANY (ARRAY['heard'::text, 'chaired'::text, 'coordinated'::text, 'met_petitioner'::text, 'met_handler'::text, 'met_file'::text])))
);

--
-- Name: ownerships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ownerships (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    leader_id integer NOT NULL,
    org_id integer NOT NULL,
    since timestamp with time zone DEFAULT now() NOT NULL,
    note text
);

--
-- Name: ownerships_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ownerships ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.ownerships_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: petition_access; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_access (
    petition_id bigint NOT NULL,
    org_id integer NOT NULL
);

--
-- Name: petition_assignments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_assignments (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    mode text NOT NULL,
    from_org_id integer NOT NULL,
    to_org_id integer NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    requirements text,
    task text,
    owner text,
    due_at timestamp with time zone,
    return_reason text,
    reply text,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    received_at timestamp with time zone,
    returned_at timestamp with time zone,
    replied_at timestamp with time zone,
    replied_by integer,
    CONSTRAINT petition_assignments_mode_check CHECK ((mode = ANY (ARRAY['forward'::text, 'assign'::text, 'assist'::text]))),
    CONSTRAINT petition_assignments_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'received'::text, 'returned'::text, 'done'::text, 'withdrawn'::text])))
);

--
-- Name: petition_assignments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.petition_assignments ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.petition_assignments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: petition_clocks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_clocks (
    id bigint NOT NULL,
    petition_id bigint,
    org_id integer NOT NULL,
    key text NOT NULL,
    pack text NOT NULL,
    label text NOT NULL,
    started_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    provisional boolean DEFAULT false NOT NULL,
    grade text DEFAULT 'normal'::text NOT NULL,
    stopped_at timestamp with time zone,
    stop_event text,
    extended integer DEFAULT 0 NOT NULL,
    soon_at timestamp with time zone,
    limit_at timestamp with time zone,
    dispute_id bigint,
    meeting_task_id bigint,
    CONSTRAINT petition_clocks_grade_check CHECK ((grade = ANY (ARRAY['normal'::text, 'due_soon'::text, 'due_today'::text, 'overdue'::text]))),
    CONSTRAINT petition_clocks_one_case CHECK ((num_nonnulls(petition_id, dispute_id, meeting_task_id) = 1))
)
WITH (fillfactor='70');

--
-- Name: petition_clocks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.petition_clocks ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.petition_clocks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: petition_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_events (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    actor_id integer,
    actor_org_id integer,
    kind text NOT NULL,
    from_status text,
    to_status text,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);

--
-- Name: petition_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.petition_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.petition_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: petition_number_counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_number_counters (
    org_id integer NOT NULL,
    year smallint NOT NULL,
    last_seq integer NOT NULL
);

--
-- Name: petitions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petitions (
    id bigint NOT NULL,
    org_id integer NOT NULL,
    number text NOT NULL,
    year smallint NOT NULL,
    seq integer NOT NULL,
    query_code_hash text NOT NULL,
    channel text NOT NULL,
    received_at timestamp with time zone NOT NULL,
    type text NOT NULL,
    category_id integer,
    title text NOT NULL,
    content text NOT NULL,
    place_region_code text,
    place_address text,
    persons_count integer NOT NULL,
    involved_count integer DEFAULT 0 NOT NULL,
    accused_person text,
    accused_org_id integer,
    anonymous boolean DEFAULT false NOT NULL,
    confidential boolean DEFAULT false NOT NULL,
    skip_level boolean DEFAULT false NOT NULL,
    litigation boolean DEFAULT false NOT NULL,
    major_urgent boolean DEFAULT false NOT NULL,
    status text DEFAULT 'registered'::text NOT NULL,
    first_time boolean DEFAULT true NOT NULL,
    repeat_of_id bigint,
    merged_into_id bigint,
    new_confirmed boolean DEFAULT false NOT NULL,
    external_id text,
    search_grams text[] DEFAULT '{}'::text[] NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    registered_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT date_trunc('milliseconds'::text, now()) NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    router_org_id integer,
    holder_org_id integer,
    decline_route text,
    decline_route_org_id integer,
    decline_reason text,
    report text,
    concluded_at timestamp with time zone,
    final_at timestamp with time zone,
    backlog_at timestamp with time zone,
    backlog_reason text,
    backlog_resolved_on date,
    backlog_resolution text,
    scope_orgs integer[] DEFAULT '{}'::integer[] NOT NULL,
    accused_org_unknown boolean DEFAULT false NOT NULL,
    new_facts text,
    new_facts_approved_by integer,
    new_facts_approved_at timestamp with time zone,
    CONSTRAINT petitions_channel_check CHECK ((channel = ANY (ARRAY['online'::text, 'letter'::text, 'visit'::text, 'phone'::text, 'fax'::text, 'email'::text, 'video'::text, 'sms'::text, 'wechat'::text, 'hotline'::text, 'mailbox'::text]))),
    CONSTRAINT petitions_content_check CHECK ((length(content) <= 20000)),
    CONSTRAINT petitions_involved_count_check CHECK ((involved_count >= 0)),
    CONSTRAINT petitions_persons_count_check CHECK ((persons_count >= 1)),
    CONSTRAINT petitions_status_check CHECK ((status = ANY (ARRAY['registered'::text, 'accepted'::text, 'forwarded'::text, 'assigned'::text, 'returned'::text, 'handling'::text, 'extended'::text, 'answered'::text, 'pending_review'::text, 'concluded'::text, 'in_review'::text, 'in_reexamination'::text, 'final'::text, 'declined'::text]))),
    CONSTRAINT petitions_type_check CHECK ((type = ANY (ARRAY['suggestion'::text, 'accusation'::text, 'appeal'::text])))
);

--
-- Name: petition_scope_rows; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.petition_scope_rows AS
 SELECT DISTINCT s.org_id,
    p.id AS petition_id,
    p.received_at,
    p.created_at,
    p.status,
    p.channel,
    p.type,
    p.category_id
   FROM (((public.petitions p
     CROSS JOIN LATERAL ( SELECT p.org_id
        UNION
         SELECT a.org_id
           FROM public.petition_access a
          WHERE (a.petition_id = p.id)) b(org))
     JOIN public.orgs o ON ((o.id = b.org)))
     CROSS JOIN LATERAL unnest((string_to_array(TRIM(BOTH '/'::text FROM o.path), '/'::text))::integer[]) s(org_id));

--
-- Name: petition_scopes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_scopes (
    org_id integer NOT NULL,
    petition_id bigint NOT NULL,
    received_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    status text NOT NULL,
    channel text NOT NULL,
    type text NOT NULL,
    category_id integer
)
WITH (fillfactor='80');
ALTER TABLE ONLY public.petition_scopes ALTER COLUMN category_id SET STATISTICS 1000;

--
-- Name: petition_signatures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_signatures (
    petition_id bigint NOT NULL,
    signature bytea NOT NULL,
    keys integer[] NOT NULL
);

--
-- Name: petitioners; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petitioners (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    "position" smallint NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    id_type text,
    id_number text,
    phone text,
    address text,
    region_code text,
    employer text,
    is_main boolean DEFAULT false NOT NULL,
    is_representative boolean DEFAULT false NOT NULL,
    removed_at timestamp with time zone,
    email text,
    notify_sms boolean DEFAULT false NOT NULL,
    notify_email boolean DEFAULT false NOT NULL,
    CONSTRAINT petitioners_kind_check CHECK ((kind = ANY (ARRAY['person'::text, 'org'::text])))
);

--
-- Name: petitioners_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.petitioners ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.petitioners_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: petitions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.petitions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.petitions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: portal_challenges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.portal_challenges (
    signature text NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

--
-- Name: portal_code_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.portal_code_requests (
    id bigint NOT NULL,
    number text NOT NULL,
    phone text NOT NULL,
    address text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    processed_at timestamp with time zone
);

--
-- Name: portal_code_requests_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.portal_code_requests ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.portal_code_requests_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: portal_failures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.portal_failures (
    key text NOT NULL,
    failures integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: portal_phone_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.portal_phone_codes (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    phone text NOT NULL,
    code_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    used_at timestamp with time zone
);

--
-- Name: portal_phone_codes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.portal_phone_codes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.portal_phone_codes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: proceedings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.proceedings (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    kind text NOT NULL,
    org_id integer NOT NULL,
    requested_on date NOT NULL,
    reasons text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT proceedings_kind_check CHECK ((kind = ANY (ARRAY['review'::text, 'reexamination'::text]))),
    CONSTRAINT proceedings_status_check CHECK ((status = ANY (ARRAY['open'::text, 'decided'::text])))
);

--
-- Name: proceedings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.proceedings ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.proceedings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_booking_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_booking_events (
    id bigint NOT NULL,
    booking_id bigint NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    actor_id integer,
    at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reception_booking_events_kind_check CHECK ((kind = ANY (ARRAY['booked'::text, 'cancelled'::text, 'moved'::text, 'checked_in'::text, 'no_show'::text, 'reminded'::text, 'slot_changed'::text, 'phone_viewed'::text])))
);

--
-- Name: reception_booking_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_booking_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_booking_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_bookings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_bookings (
    id bigint NOT NULL,
    number text NOT NULL,
    slot_id integer NOT NULL,
    org_id integer NOT NULL,
    name text NOT NULL,
    phone text NOT NULL,
    email text,
    matter text NOT NULL,
    party_size smallint NOT NULL,
    code_hash text NOT NULL,
    status text DEFAULT 'booked'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reception_bookings_matter_check CHECK ((length(matter) <= 300)),
    CONSTRAINT reception_bookings_party_size_check CHECK (((party_size >= 1) AND (party_size <= 5))),
    CONSTRAINT reception_bookings_status_check CHECK ((status = ANY (ARRAY['booked'::text, 'cancelled'::text, 'checked_in'::text, 'no_show'::text])))
);

--
-- Name: reception_bookings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_bookings ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_bookings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_matters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_matters (
    id bigint NOT NULL,
    record_id bigint NOT NULL,
    "position" smallint NOT NULL,
    title text NOT NULL,
    decision text NOT NULL,
    instruction text NOT NULL,
    org_id integer,
    due_date date,
    legal_route text,
    petition_id bigint NOT NULL,
    registered boolean NOT NULL,
    document_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reception_matters_assigned CHECK ((((decision = 'assigned'::text) OR ((org_id IS NULL) AND (due_date IS NULL))) AND ((decision <> 'assigned'::text) OR (NOT registered) OR ((org_id IS NOT NULL) AND (due_date IS NOT NULL))))),
    CONSTRAINT reception_matters_check1 CHECK (((decision = 'legal_route'::text) = (legal_route IS NOT NULL))),
    CONSTRAINT reception_matters_decision_check CHECK ((decision = ANY (ARRAY['solved'::text, 'assigned'::text, 'legal_route'::text]))),
    CONSTRAINT reception_matters_legal_route_check CHECK ((legal_route = ANY (ARRAY['litigation'::text, 'arbitration'::text, 'labor_arbitration'::text, 'reconsideration'::text, 'discipline'::text, 'procuratorate'::text, 'other'::text])))
);

--
-- Name: reception_matters_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_matters ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_matters_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_places; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_places (
    id integer NOT NULL,
    org_id integer NOT NULL,
    name text NOT NULL,
    address text NOT NULL,
    hours text NOT NULL,
    accessibility text DEFAULT ''::text NOT NULL,
    map_url text,
    removed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: reception_places_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_places ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_places_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_plan_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_plan_changes (
    id integer NOT NULL,
    plan_id integer NOT NULL,
    slot_id integer NOT NULL,
    kind text NOT NULL,
    before jsonb,
    after jsonb,
    reason text NOT NULL,
    changed_by integer NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL,
    published_version integer,
    CONSTRAINT reception_plan_changes_kind_check CHECK ((kind = ANY (ARRAY['added'::text, 'changed'::text, 'removed'::text])))
);

--
-- Name: reception_plan_changes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_plan_changes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_plan_changes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_plan_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_plan_versions (
    plan_id integer NOT NULL,
    version integer NOT NULL,
    published_at timestamp with time zone DEFAULT now() NOT NULL,
    published_by integer NOT NULL,
    reason text,
    slots jsonb NOT NULL,
    violations jsonb NOT NULL
);

--
-- Name: reception_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_plans (
    id integer NOT NULL,
    org_id integer NOT NULL,
    year smallint NOT NULL,
    quarter smallint NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reception_plans_quarter_check CHECK (((quarter >= 1) AND (quarter <= 4)))
);

--
-- Name: reception_plans_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_plans ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_plans_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_records (
    id bigint NOT NULL,
    org_id integer NOT NULL,
    kind text NOT NULL,
    slot_id integer,
    held_at timestamp with time zone NOT NULL,
    place text NOT NULL,
    leader_ids integer[] NOT NULL,
    present_org_ids integer[] DEFAULT '{}'::integer[] NOT NULL,
    raised text NOT NULL,
    counsel text DEFAULT ''::text NOT NULL,
    petition_id bigint,
    ownership_id bigint,
    unscheduled boolean NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by integer NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reception_records_kind_check CHECK ((kind = ANY (ARRAY['leader'::text, 'joint'::text, 'outreach'::text, 'invitation'::text]))),
    CONSTRAINT reception_records_leader_ids_check CHECK ((cardinality(leader_ids) >= 1))
);

--
-- Name: reception_records_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_records ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_records_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_rules (
    level text NOT NULL,
    cadence text NOT NULL,
    weekdays smallint[] NOT NULL,
    per_week smallint NOT NULL,
    start_time text NOT NULL,
    end_time text NOT NULL,
    capacity integer NOT NULL,
    publish_lead_days smallint NOT NULL,
    leader_roles text[] NOT NULL,
    updated_by integer,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reception_rules_cadence_check CHECK ((cadence = ANY (ARRAY['weekdays'::text, 'weekly'::text, 'daily'::text]))),
    CONSTRAINT reception_rules_capacity_check CHECK ((capacity >= 1)),
    CONSTRAINT reception_rules_check CHECK (((end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'::text) AND (end_time > start_time))),
    CONSTRAINT reception_rules_level_check CHECK ((level = ANY (ARRAY['county'::text, 'department'::text, 'township'::text]))),
    CONSTRAINT reception_rules_per_week_check CHECK (((per_week >= 1) AND (per_week <= 7))),
    CONSTRAINT reception_rules_publish_lead_days_check CHECK (((publish_lead_days >= 0) AND (publish_lead_days <= 60))),
    CONSTRAINT reception_rules_start_time_check CHECK ((start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'::text))
);

--
-- Name: reception_slot_counsel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_slot_counsel (
    slot_id integer NOT NULL,
    counsel text NOT NULL,
    updated_by integer NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: reception_slots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_slots (
    id integer NOT NULL,
    plan_id integer NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    place_id integer NOT NULL,
    mode text NOT NULL,
    meeting_url text,
    capacity integer NOT NULL,
    leader_ids integer[] NOT NULL,
    removed_at timestamp with time zone,
    CONSTRAINT reception_slots_capacity_check CHECK ((capacity >= 1)),
    CONSTRAINT reception_slots_check CHECK ((ends_at > starts_at)),
    CONSTRAINT reception_slots_check1 CHECK (((mode = 'video'::text) = (meeting_url IS NOT NULL))),
    CONSTRAINT reception_slots_mode_check CHECK ((mode = ANY (ARRAY['in_person'::text, 'video'::text])))
);

--
-- Name: reception_slots_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_slots ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_slots_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_visitors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_visitors (
    id bigint NOT NULL,
    record_id bigint NOT NULL,
    "position" smallint NOT NULL,
    name text NOT NULL,
    id_type text,
    id_number text,
    phone text,
    is_representative boolean DEFAULT false NOT NULL,
    removed_at timestamp with time zone
);

--
-- Name: reception_visitors_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_visitors ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_visitors_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reception_visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reception_visits (
    id bigint NOT NULL,
    org_id integer NOT NULL,
    visit_date date NOT NULL,
    slot_id integer,
    booking_id bigint,
    source text NOT NULL,
    name text NOT NULL,
    phone text,
    matter text NOT NULL,
    party_size smallint NOT NULL,
    arrived_at timestamp with time zone DEFAULT now() NOT NULL,
    recorded_by integer NOT NULL,
    record_id bigint,
    CONSTRAINT reception_visits_check CHECK (((source = 'booking'::text) = (booking_id IS NOT NULL))),
    CONSTRAINT reception_visits_party_size_check CHECK ((party_size >= 1)),
    CONSTRAINT reception_visits_source_check CHECK ((source = ANY (ARRAY['booking'::text, 'walk_in'::text])))
);

--
-- Name: reception_visits_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reception_visits ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.reception_visits_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reference_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reference_versions (
    name text NOT NULL,
    version bigint DEFAULT 0 NOT NULL
);

--
-- Name: saved_filters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.saved_filters (
    id integer NOT NULL,
    name text NOT NULL,
    owner_id integer,
    org_id integer NOT NULL,
    scope text NOT NULL,
    filter jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    removed_at timestamp with time zone,
    CONSTRAINT saved_filters_scope_check CHECK ((scope = ANY (ARRAY['personal'::text, 'org'::text])))
);

--
-- Name: saved_filters_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.saved_filters ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.saved_filters_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id text NOT NULL,
    user_id integer NOT NULL,
    ip text,
    user_agent text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);

--
-- Name: staff_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff_messages (
    id bigint NOT NULL,
    outbox_id bigint,
    user_id integer NOT NULL,
    org_id integer,
    petition_id bigint,
    template_key text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    link text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    read_at timestamp with time zone
);

--
-- Name: staff_messages_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.staff_messages ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.staff_messages_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: stat_dirty; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stat_dirty (
    id bigint NOT NULL,
    petition_id bigint NOT NULL
);

--
-- Name: stat_dirty_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stat_dirty ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.stat_dirty_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: stat_facts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stat_facts (
    petition_id bigint NOT NULL,
    received_day date NOT NULL,
    channel text NOT NULL,
    type text NOT NULL,
    category_id integer,
    region text,
    accused_org_id integer,
    persons integer NOT NULL,
    first_time boolean NOT NULL,
    repeat boolean NOT NULL,
    merged boolean NOT NULL,
    grouped boolean NOT NULL,
    skip_level boolean NOT NULL,
    litigation boolean NOT NULL,
    major_urgent boolean NOT NULL,
    backlog boolean NOT NULL,
    scopes integer[] NOT NULL,
    items jsonb NOT NULL
);

--
-- Name: stat_measures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stat_measures (
    scope_org_id integer NOT NULL,
    measure text NOT NULL,
    day date NOT NULL,
    value bigint DEFAULT 0 NOT NULL
)
WITH (fillfactor='80');

--
-- Name: stat_measures_months; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stat_measures_months (
    scope_org_id integer NOT NULL,
    measure text NOT NULL,
    month date NOT NULL,
    value bigint DEFAULT 0 NOT NULL
)
WITH (fillfactor='80');

--
-- Name: stat_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stat_reports (
    id bigint NOT NULL,
    org_id integer NOT NULL,
    kind text NOT NULL,
    period text NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    progress integer DEFAULT 0 NOT NULL,
    error text,
    requested_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    xlsx_sha256 text,
    docx_sha256 text,
    CONSTRAINT stat_reports_check CHECK (((status <> 'done'::text) OR ((xlsx_sha256 IS NOT NULL) AND (docx_sha256 IS NOT NULL) AND (finished_at IS NOT NULL)))),
    CONSTRAINT stat_reports_kind_check CHECK ((kind = ANY (ARRAY['monthly'::text, 'quarterly'::text, 'annual'::text]))),
    CONSTRAINT stat_reports_progress_check CHECK (((progress >= 0) AND (progress <= 100))),
    CONSTRAINT stat_reports_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'running'::text, 'done'::text, 'failed'::text])))
);

--
-- Name: stat_reports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stat_reports ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.stat_reports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: stat_volume; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stat_volume (
    scope_org_id integer NOT NULL,
    dim text NOT NULL,
    key text NOT NULL,
    day date NOT NULL,
    registered integer DEFAULT 0 NOT NULL,
    persons integer DEFAULT 0 NOT NULL,
    first_time integer DEFAULT 0 NOT NULL,
    repeat integer DEFAULT 0 NOT NULL,
    merged integer DEFAULT 0 NOT NULL,
    grouped integer DEFAULT 0 NOT NULL,
    skip_level integer DEFAULT 0 NOT NULL,
    litigation integer DEFAULT 0 NOT NULL,
    major_urgent integer DEFAULT 0 NOT NULL,
    backlog integer DEFAULT 0 NOT NULL
)
WITH (fillfactor='80');

--
-- Name: stat_volume_months; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stat_volume_months (
    scope_org_id integer NOT NULL,
    dim text NOT NULL,
    key text NOT NULL,
    month date NOT NULL,
    registered integer DEFAULT 0 NOT NULL,
    persons integer DEFAULT 0 NOT NULL,
    first_time integer DEFAULT 0 NOT NULL,
    repeat integer DEFAULT 0 NOT NULL,
    merged integer DEFAULT 0 NOT NULL,
    grouped integer DEFAULT 0 NOT NULL,
    skip_level integer DEFAULT 0 NOT NULL,
    litigation integer DEFAULT 0 NOT NULL,
    major_urgent integer DEFAULT 0 NOT NULL,
    backlog integer DEFAULT 0 NOT NULL
)
WITH (fillfactor='80');

--
-- Name: supervisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervisions (
    id bigint NOT NULL,
    petition_id bigint NOT NULL,
    kind text NOT NULL,
    from_org_id integer NOT NULL,
    to_org_id integer NOT NULL,
    message text NOT NULL,
    reply_due_on date,
    reply text,
    adopted boolean,
    replied_at timestamp with time zone,
    replied_by integer,
    created_by integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT supervisions_kind_check CHECK ((kind = ANY (ARRAY['urge'::text, 'supervise'::text])))
);

--
-- Name: supervisions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.supervisions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.supervisions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id integer NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    org_id integer NOT NULL,
    roles text[] NOT NULL,
    phone text,
    email text,
    password_hash text NOT NULL,
    must_change_password boolean DEFAULT true NOT NULL,
    active boolean DEFAULT true NOT NULL,
    failed_logins integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    last_login_at timestamp with time zone,
    password_changed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT users_roles_check CHECK (((cardinality(roles) >= 1) AND (roles <@ ARRAY['admin'::text, 'registrar'::text, 'handler'::text, 'supervisor'::text, 'leader'::text, 'auditor'::text]))),
    CONSTRAINT users_username_check CHECK ((username ~ '^[A-Za-z0-9_.-]{2,40}$'::text))
);

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: audit_pending id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_pending ALTER COLUMN id SET DEFAULT nextval('public.audit_pending_id_seq'::regclass);

--
-- Name: assist_body_rules assist_body_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_body_rules
    ADD CONSTRAINT assist_body_rules_pkey PRIMARY KEY (id);

--
-- Name: assist_knowledge assist_knowledge_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_knowledge
    ADD CONSTRAINT assist_knowledge_pkey PRIMARY KEY (id);

--
-- Name: assist_labels assist_labels_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_labels
    ADD CONSTRAINT assist_labels_pkey PRIMARY KEY (id);

--
-- Name: assist_models assist_models_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_models
    ADD CONSTRAINT assist_models_pkey PRIMARY KEY (id);

--
-- Name: assist_models assist_models_version_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_models
    ADD CONSTRAINT assist_models_version_key UNIQUE (version);

--
-- Name: assist_routes assist_routes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_routes
    ADD CONSTRAINT assist_routes_pkey PRIMARY KEY (category_id, county, org_id);

--
-- Name: attachments attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_pkey PRIMARY KEY (id);

--
-- Name: audit_events audit_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (seq);

--
-- Name: audit_pending audit_pending_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_pending
    ADD CONSTRAINT audit_pending_pkey PRIMARY KEY (id);

--
-- Name: calendar_days calendar_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_days
    ADD CONSTRAINT calendar_days_pkey PRIMARY KEY (date);

--
-- Name: calendar_years calendar_years_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_years
    ADD CONSTRAINT calendar_years_pkey PRIMARY KEY (year);

--
-- Name: categories categories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.categories
    ADD CONSTRAINT categories_pkey PRIMARY KEY (id);

--
-- Name: clock_warnings clock_warnings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clock_warnings
    ADD CONSTRAINT clock_warnings_pkey PRIMARY KEY (clock_id, grade);

--
-- Name: decisions decisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT decisions_pkey PRIMARY KEY (id);

--
-- Name: dispute_agreements dispute_agreements_dispute_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_agreements
    ADD CONSTRAINT dispute_agreements_dispute_id_key UNIQUE (dispute_id);

--
-- Name: dispute_agreements dispute_agreements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_agreements
    ADD CONSTRAINT dispute_agreements_pkey PRIMARY KEY (id);

--
-- Name: dispute_events dispute_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_events
    ADD CONSTRAINT dispute_events_pkey PRIMARY KEY (id);

--
-- Name: dispute_follow_ups dispute_follow_ups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_follow_ups
    ADD CONSTRAINT dispute_follow_ups_pkey PRIMARY KEY (id);

--
-- Name: dispute_meetings dispute_meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_meetings
    ADD CONSTRAINT dispute_meetings_pkey PRIMARY KEY (id);

--
-- Name: dispute_parties dispute_parties_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_parties
    ADD CONSTRAINT dispute_parties_pkey PRIMARY KEY (id);

--
-- Name: dispute_reports dispute_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_reports
    ADD CONSTRAINT dispute_reports_pkey PRIMARY KEY (id);

--
-- Name: dispute_summaries dispute_summaries_org_id_period_period_start_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_summaries
    ADD CONSTRAINT dispute_summaries_org_id_period_period_start_key UNIQUE (org_id, period, period_start);

--
-- Name: dispute_summaries dispute_summaries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_summaries
    ADD CONSTRAINT dispute_summaries_pkey PRIMARY KEY (id);

--
-- Name: disputes disputes_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_number_key UNIQUE (number);

--
-- Name: disputes disputes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_pkey PRIMARY KEY (id);

--
-- Name: document_number_counters document_number_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_number_counters
    ADD CONSTRAINT document_number_counters_pkey PRIMARY KEY (org_id, kind, year);

--
-- Name: document_templates document_templates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_templates
    ADD CONSTRAINT document_templates_pkey PRIMARY KEY (id);

--
-- Name: documents documents_org_id_kind_year_seq_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_org_id_kind_year_seq_key UNIQUE (org_id, kind, year, seq);

--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);

--
-- Name: duty_events duty_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_events
    ADD CONSTRAINT duty_events_pkey PRIMARY KEY (id);

--
-- Name: duty_settings duty_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_settings
    ADD CONSTRAINT duty_settings_pkey PRIMARY KEY (org_id);

--
-- Name: duty_shifts duty_shifts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_shifts
    ADD CONSTRAINT duty_shifts_pkey PRIMARY KEY (id);

--
-- Name: duty_swaps duty_swaps_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_swaps
    ADD CONSTRAINT duty_swaps_pkey PRIMARY KEY (id);

--
-- Name: evaluations evaluations_petition_id_target_decision_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluations
    ADD CONSTRAINT evaluations_petition_id_target_decision_id_key UNIQUE (petition_id, target, decision_id);

--
-- Name: evaluations evaluations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluations
    ADD CONSTRAINT evaluations_pkey PRIMARY KEY (id);

--
-- Name: extensions extensions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.extensions
    ADD CONSTRAINT extensions_pkey PRIMARY KEY (id);

--
-- Name: handling_records handling_records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handling_records
    ADD CONSTRAINT handling_records_pkey PRIMARY KEY (id);

--
-- Name: idempotency_keys idempotency_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (user_id, key);

--
-- Name: import_jobs import_jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_jobs
    ADD CONSTRAINT import_jobs_pkey PRIMARY KEY (id);

--
-- Name: instruction_recipients instruction_recipients_instruction_id_org_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruction_recipients
    ADD CONSTRAINT instruction_recipients_instruction_id_org_id_key UNIQUE (instruction_id, org_id);

--
-- Name: instruction_recipients instruction_recipients_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruction_recipients
    ADD CONSTRAINT instruction_recipients_pkey PRIMARY KEY (id);

--
-- Name: instructions instructions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instructions
    ADD CONSTRAINT instructions_pkey PRIMARY KEY (id);

--
-- Name: kysely_migration_lock kysely_migration_lock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kysely_migration_lock
    ADD CONSTRAINT kysely_migration_lock_pkey PRIMARY KEY (id);

--
-- Name: kysely_migration kysely_migration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kysely_migration
    ADD CONSTRAINT kysely_migration_pkey PRIMARY KEY (name);

--
-- Name: leader_unavailability leader_unavailability_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leader_unavailability
    ADD CONSTRAINT leader_unavailability_pkey PRIMARY KEY (id);

--
-- Name: mediation_sessions mediation_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mediation_sessions
    ADD CONSTRAINT mediation_sessions_pkey PRIMARY KEY (id);

--
-- Name: meeting_tasks meeting_tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_tasks
    ADD CONSTRAINT meeting_tasks_pkey PRIMARY KEY (id);

--
-- Name: notification_attempts notification_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_attempts
    ADD CONSTRAINT notification_attempts_pkey PRIMARY KEY (id);

--
-- Name: orgs orgs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orgs
    ADD CONSTRAINT orgs_pkey PRIMARY KEY (id);

--
-- Name: outbox outbox_idempotency_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_idempotency_key UNIQUE (idempotency_key);

--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);

--
-- Name: outbox_secrets outbox_secrets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_secrets
    ADD CONSTRAINT outbox_secrets_pkey PRIMARY KEY (outbox_id);

--
-- Name: ownership_items ownership_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ownership_items
    ADD CONSTRAINT ownership_items_pkey PRIMARY KEY (ownership_id, item);

--
-- Name: ownerships ownerships_petition_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ownerships
    ADD CONSTRAINT ownerships_petition_id_key UNIQUE (petition_id);

--
-- Name: ownerships ownerships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ownerships
    ADD CONSTRAINT ownerships_pkey PRIMARY KEY (id);

--
-- Name: petition_access petition_access_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_access
    ADD CONSTRAINT petition_access_pkey PRIMARY KEY (petition_id, org_id);

--
-- Name: petition_assignments petition_assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_assignments
    ADD CONSTRAINT petition_assignments_pkey PRIMARY KEY (id);

--
-- Name: petition_clocks petition_clocks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_clocks
    ADD CONSTRAINT petition_clocks_pkey PRIMARY KEY (id);

--
-- Name: petition_events petition_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_events
    ADD CONSTRAINT petition_events_pkey PRIMARY KEY (id);

--
-- Name: petition_number_counters petition_number_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_number_counters
    ADD CONSTRAINT petition_number_counters_pkey PRIMARY KEY (org_id, year);

--
-- Name: petition_signatures petition_signatures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_signatures
    ADD CONSTRAINT petition_signatures_pkey PRIMARY KEY (petition_id);

--
-- Name: petitioners petitioners_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitioners
    ADD CONSTRAINT petitioners_pkey PRIMARY KEY (id);

--
-- Name: petitions petitions_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_number_key UNIQUE (number);

--
-- Name: petitions petitions_org_id_year_seq_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_org_id_year_seq_key UNIQUE (org_id, year, seq);

--
-- Name: petitions petitions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_pkey PRIMARY KEY (id);

--
-- Name: petitions petitions_query_code_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_query_code_hash_key UNIQUE (query_code_hash);

--
-- Name: portal_challenges portal_challenges_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.portal_challenges
    ADD CONSTRAINT portal_challenges_pkey PRIMARY KEY (signature);

--
-- Name: portal_code_requests portal_code_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.portal_code_requests
    ADD CONSTRAINT portal_code_requests_pkey PRIMARY KEY (id);

--
-- Name: portal_failures portal_failures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.portal_failures
    ADD CONSTRAINT portal_failures_pkey PRIMARY KEY (key);

--
-- Name: portal_phone_codes portal_phone_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.portal_phone_codes
    ADD CONSTRAINT portal_phone_codes_pkey PRIMARY KEY (id);

--
-- Name: proceedings proceedings_petition_id_kind_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proceedings
    ADD CONSTRAINT proceedings_petition_id_kind_key UNIQUE (petition_id, kind);

--
-- Name: proceedings proceedings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proceedings
    ADD CONSTRAINT proceedings_pkey PRIMARY KEY (id);

--
-- Name: reception_booking_events reception_booking_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_booking_events
    ADD CONSTRAINT reception_booking_events_pkey PRIMARY KEY (id);

--
-- Name: reception_bookings reception_bookings_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_bookings
    ADD CONSTRAINT reception_bookings_number_key UNIQUE (number);

--
-- Name: reception_bookings reception_bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_bookings
    ADD CONSTRAINT reception_bookings_pkey PRIMARY KEY (id);

--
-- Name: reception_matters reception_matters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_matters
    ADD CONSTRAINT reception_matters_pkey PRIMARY KEY (id);

--
-- Name: reception_places reception_places_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_places
    ADD CONSTRAINT reception_places_pkey PRIMARY KEY (id);

--
-- Name: reception_plan_changes reception_plan_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plan_changes
    ADD CONSTRAINT reception_plan_changes_pkey PRIMARY KEY (id);

--
-- Name: reception_plan_versions reception_plan_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plan_versions
    ADD CONSTRAINT reception_plan_versions_pkey PRIMARY KEY (plan_id, version);

--
-- Name: reception_plans reception_plans_org_id_year_quarter_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plans
    ADD CONSTRAINT reception_plans_org_id_year_quarter_key UNIQUE (org_id, year, quarter);

--
-- Name: reception_plans reception_plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plans
    ADD CONSTRAINT reception_plans_pkey PRIMARY KEY (id);

--
-- Name: reception_records reception_records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_records
    ADD CONSTRAINT reception_records_pkey PRIMARY KEY (id);

--
-- Name: reception_rules reception_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_rules
    ADD CONSTRAINT reception_rules_pkey PRIMARY KEY (level);

--
-- Name: reception_slot_counsel reception_slot_counsel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_slot_counsel
    ADD CONSTRAINT reception_slot_counsel_pkey PRIMARY KEY (slot_id);

--
-- Name: reception_slots reception_slots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_slots
    ADD CONSTRAINT reception_slots_pkey PRIMARY KEY (id);

--
-- Name: reception_visitors reception_visitors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visitors
    ADD CONSTRAINT reception_visitors_pkey PRIMARY KEY (id);

--
-- Name: reception_visits reception_visits_booking_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visits
    ADD CONSTRAINT reception_visits_booking_id_key UNIQUE (booking_id);

--
-- Name: reception_visits reception_visits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visits
    ADD CONSTRAINT reception_visits_pkey PRIMARY KEY (id);

--
-- Name: reference_versions reference_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reference_versions
    ADD CONSTRAINT reference_versions_pkey PRIMARY KEY (name);

--
-- Name: saved_filters saved_filters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.saved_filters
    ADD CONSTRAINT saved_filters_pkey PRIMARY KEY (id);

--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);

--
-- Name: staff_messages staff_messages_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_messages
    ADD CONSTRAINT staff_messages_once UNIQUE (outbox_id, user_id);

--
-- Name: staff_messages staff_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_messages
    ADD CONSTRAINT staff_messages_pkey PRIMARY KEY (id);

--
-- Name: stat_dirty stat_dirty_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_dirty
    ADD CONSTRAINT stat_dirty_pkey PRIMARY KEY (id);

--
-- Name: stat_facts stat_facts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_facts
    ADD CONSTRAINT stat_facts_pkey PRIMARY KEY (petition_id);

--
-- Name: stat_measures_months stat_measures_months_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_measures_months
    ADD CONSTRAINT stat_measures_months_pkey PRIMARY KEY (scope_org_id, measure, month) INCLUDE (value);

--
-- Name: stat_measures stat_measures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_measures
    ADD CONSTRAINT stat_measures_pkey PRIMARY KEY (scope_org_id, measure, day) INCLUDE (value);

--
-- Name: stat_reports stat_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_reports
    ADD CONSTRAINT stat_reports_pkey PRIMARY KEY (id);

--
-- Name: stat_volume_months stat_volume_months_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_volume_months
    ADD CONSTRAINT stat_volume_months_pkey PRIMARY KEY (scope_org_id, dim, month, key) INCLUDE (registered, persons, first_time, repeat, merged, grouped, skip_level, litigation, major_urgent, backlog);

--
-- Name: stat_volume stat_volume_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_volume
    ADD CONSTRAINT stat_volume_pkey PRIMARY KEY (scope_org_id, dim, day, key) INCLUDE (registered, persons, first_time, repeat, merged, grouped, skip_level, litigation, major_urgent, backlog);

--
-- Name: supervisions supervisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervisions
    ADD CONSTRAINT supervisions_pkey PRIMARY KEY (id);

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

--
-- Name: assist_body_rules_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX assist_body_rules_unique ON public.assist_body_rules USING btree (category_id, org_kind, COALESCE(name_contains, ''::text));

--
-- Name: assist_labels_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assist_labels_at ON public.assist_labels USING btree (at);

--
-- Name: assist_labels_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assist_labels_petition ON public.assist_labels USING btree (petition_id);

--
-- Name: assist_models_one_active; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX assist_models_one_active ON public.assist_models USING btree (active) WHERE active;

--
-- Name: attachments_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachments_petition ON public.attachments USING btree (petition_id);

--
-- Name: attachments_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachments_sha256 ON public.attachments USING btree (sha256);

--
-- Name: attachments_unattached; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachments_unattached ON public.attachments USING btree (uploaded_at) WHERE (petition_id IS NULL);

--
-- Name: audit_events_action; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_action ON public.audit_events USING btree (action, seq);

--
-- Name: audit_events_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_actor ON public.audit_events USING btree (actor_id, seq);

--
-- Name: audit_events_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_at ON public.audit_events USING btree (at);

--
-- Name: audit_events_object; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_object ON public.audit_events USING btree (object_type, object_id, seq);

--
-- Name: audit_events_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_org ON public.audit_events USING btree (org_id, seq);

--
-- Name: categories_sibling_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX categories_sibling_name ON public.categories USING btree (COALESCE(parent_id, 0), name);

--
-- Name: clock_warnings_unnotified; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clock_warnings_unnotified ON public.clock_warnings USING btree (created_at) WHERE (notified_at IS NULL);

--
-- Name: decisions_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX decisions_petition ON public.decisions USING btree (petition_id, id);

--
-- Name: dispute_events_dispute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dispute_events_dispute ON public.dispute_events USING btree (dispute_id, id);

--
-- Name: dispute_meetings_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dispute_meetings_org ON public.dispute_meetings USING btree (org_id, held_on DESC);

--
-- Name: dispute_parties_dispute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dispute_parties_dispute ON public.dispute_parties USING btree (dispute_id, "position");

--
-- Name: dispute_reports_dispute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dispute_reports_dispute ON public.dispute_reports USING btree (dispute_id);

--
-- Name: disputes_held_by; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX disputes_held_by ON public.disputes USING gin (held_by);

--
-- Name: disputes_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX disputes_org ON public.disputes USING btree (org_id, created_at DESC);

--
-- Name: disputes_source_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX disputes_source_petition ON public.disputes USING btree (source_petition_id) WHERE (source_petition_id IS NOT NULL);

--
-- Name: document_templates_org_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_templates_org_kind ON public.document_templates USING btree (org_id, kind, id DESC);

--
-- Name: documents_docx_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_docx_sha256 ON public.documents USING btree (docx_sha256);

--
-- Name: documents_pdf_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_pdf_sha256 ON public.documents USING btree (pdf_sha256);

--
-- Name: documents_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_petition ON public.documents USING btree (petition_id, id);

--
-- Name: documents_unrendered; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_unrendered ON public.documents USING btree (id) WHERE (docx_sha256 IS NULL);

--
-- Name: duty_events_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX duty_events_org ON public.duty_events USING btree (org_id, id);

--
-- Name: duty_shifts_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX duty_shifts_org ON public.duty_shifts USING btree (org_id, starts_at) WHERE (removed_at IS NULL);

--
-- Name: duty_shifts_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX duty_shifts_user ON public.duty_shifts USING btree (user_id, starts_at) WHERE (removed_at IS NULL);

--
-- Name: duty_swaps_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX duty_swaps_org ON public.duty_swaps USING btree (org_id, id);

--
-- Name: evaluations_one_per_stage; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX evaluations_one_per_stage ON public.evaluations USING btree (petition_id, target, stage) WHERE counted;

--
-- Name: evaluations_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluations_org ON public.evaluations USING btree (org_id, created_at);

--
-- Name: extensions_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX extensions_pending ON public.extensions USING btree (org_id) WHERE (status = 'pending'::text);

--
-- Name: extensions_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX extensions_petition ON public.extensions USING btree (petition_id);

--
-- Name: handling_records_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX handling_records_petition ON public.handling_records USING btree (petition_id, id);

--
-- Name: idempotency_keys_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idempotency_keys_created ON public.idempotency_keys USING btree (created_at);

--
-- Name: instruction_recipients_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX instruction_recipients_open ON public.instruction_recipients USING btree (org_id) WHERE (acknowledged_at IS NULL);

--
-- Name: instruction_recipients_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX instruction_recipients_petition ON public.instruction_recipients USING btree (petition_id, id);

--
-- Name: instructions_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX instructions_petition ON public.instructions USING btree (petition_id, id);

--
-- Name: leader_unavailability_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX leader_unavailability_user ON public.leader_unavailability USING btree (user_id, from_date) WHERE (removed_at IS NULL);

--
-- Name: mediation_sessions_dispute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mediation_sessions_dispute ON public.mediation_sessions USING btree (dispute_id, held_on);

--
-- Name: meeting_tasks_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_tasks_meeting ON public.meeting_tasks USING btree (meeting_id, "position");

--
-- Name: meeting_tasks_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_tasks_open ON public.meeting_tasks USING btree (org_id) WHERE (done_at IS NULL);

--
-- Name: notification_attempts_outbox; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notification_attempts_outbox ON public.notification_attempts USING btree (outbox_id);

--
-- Name: orgs_code; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX orgs_code ON public.orgs USING btree (lower(code)) WHERE (code IS NOT NULL);

--
-- Name: orgs_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orgs_parent ON public.orgs USING btree (parent_id);

--
-- Name: orgs_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orgs_path ON public.orgs USING btree (path text_pattern_ops);

--
-- Name: orgs_sibling_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX orgs_sibling_name ON public.orgs USING btree (COALESCE(parent_id, 0), name);

--
-- Name: outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_due ON public.outbox USING btree (next_attempt_at) WHERE (status = 'pending'::text);

--
-- Name: outbox_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_petition ON public.outbox USING btree (petition_id);

--
-- Name: ownerships_leader; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ownerships_leader ON public.ownerships USING btree (leader_id);

--
-- Name: petition_access_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_access_org ON public.petition_access USING btree (org_id);

--
-- Name: petition_assignments_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_assignments_petition ON public.petition_assignments USING btree (petition_id, id);

--
-- Name: petition_assignments_to; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_assignments_to ON public.petition_assignments USING btree (to_org_id, status);

--
-- Name: petition_clocks_dispute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_clocks_dispute ON public.petition_clocks USING btree (dispute_id) WHERE (dispute_id IS NOT NULL);

--
-- Name: petition_clocks_meeting_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_clocks_meeting_task ON public.petition_clocks USING btree (meeting_task_id) WHERE (meeting_task_id IS NOT NULL);

--
-- Name: petition_clocks_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_clocks_open ON public.petition_clocks USING btree (due_at) WHERE (stopped_at IS NULL);

--
-- Name: petition_clocks_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_clocks_petition ON public.petition_clocks USING btree (petition_id);

--
-- Name: petition_clocks_soon; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_clocks_soon ON public.petition_clocks USING btree (soon_at, due_at) WHERE (stopped_at IS NULL);

--
-- Name: petition_events_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_events_petition ON public.petition_events USING btree (petition_id, id);

--
-- Name: petition_scopes_category; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_scopes_category ON public.petition_scopes USING btree (org_id, category_id, received_at);

--
-- Name: petition_scopes_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_scopes_created ON public.petition_scopes USING btree (org_id, created_at, petition_id);

--
-- Name: petition_scopes_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_scopes_petition ON public.petition_scopes USING btree (petition_id, org_id);

--
-- Name: petition_scopes_received; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX petition_scopes_received ON public.petition_scopes USING btree (org_id, received_at, petition_id) INCLUDE (status, channel, type, category_id);

--
-- Name: petition_scopes_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_scopes_status ON public.petition_scopes USING btree (org_id, status, received_at);

--
-- Name: petition_signatures_keys; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_signatures_keys ON public.petition_signatures USING gin (keys);

--
-- Name: petitioners_id_number; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitioners_id_number ON public.petitioners USING btree (id_number) WHERE (id_number IS NOT NULL);

--
-- Name: petitioners_name_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitioners_name_trgm ON public.petitioners USING gin (name public.gin_trgm_ops);

--
-- Name: petitioners_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitioners_petition ON public.petitioners USING btree (petition_id);

--
-- Name: petitioners_phone; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitioners_phone ON public.petitioners USING btree (phone) WHERE (phone IS NOT NULL);

--
-- Name: petitions_category; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_category ON public.petitions USING btree (category_id);

--
-- Name: petitions_external; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX petitions_external ON public.petitions USING btree (org_id, external_id) WHERE (external_id IS NOT NULL);

--
-- Name: petitions_final; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_final ON public.petitions USING btree (status) WHERE (status = 'final'::text);

--
-- Name: petitions_grams; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_grams ON public.petitions USING gin (search_grams, scope_orgs, (((received_at AT TIME ZONE 'Asia/Shanghai'::text))::date));

--
-- Name: petitions_holder; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_holder ON public.petitions USING btree (holder_org_id, status) WHERE (holder_org_id IS NOT NULL);

--
-- Name: petitions_merged_into; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_merged_into ON public.petitions USING btree (merged_into_id) WHERE (merged_into_id IS NOT NULL);

--
-- Name: petitions_org_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_org_created ON public.petitions USING btree (org_id, created_at DESC, id DESC);

--
-- Name: petitions_org_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_org_received ON public.petitions USING btree (org_id, received_at DESC, id DESC);

--
-- Name: petitions_place; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_place ON public.petitions USING btree (place_region_code text_pattern_ops);

--
-- Name: petitions_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_received ON public.petitions USING btree (received_at DESC, id DESC);

--
-- Name: petitions_repeat_of; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_repeat_of ON public.petitions USING btree (repeat_of_id) WHERE (repeat_of_id IS NOT NULL);

--
-- Name: petitions_router; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_router ON public.petitions USING btree (COALESCE(router_org_id, org_id), status) WHERE (status = ANY (ARRAY['registered'::text, 'returned'::text]));

--
-- Name: petitions_summary_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_summary_trgm ON public.petitions USING gin (summary public.gin_trgm_ops);

--
-- Name: petitions_title_bigrams; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_title_bigrams ON public.petitions USING gin (public.title_bigrams(title));

--
-- Name: petitions_title_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petitions_title_trgm ON public.petitions USING gin (title public.gin_trgm_ops);

--
-- Name: portal_code_requests_address; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX portal_code_requests_address ON public.portal_code_requests USING btree (address, created_at);

--
-- Name: portal_code_requests_phone; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX portal_code_requests_phone ON public.portal_code_requests USING btree (phone, created_at);

--
-- Name: portal_phone_codes_phone; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX portal_phone_codes_phone ON public.portal_phone_codes USING btree (phone, created_at);

--
-- Name: proceedings_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX proceedings_open ON public.proceedings USING btree (org_id) WHERE (status = 'open'::text);

--
-- Name: reception_booking_events_booking; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_booking_events_booking ON public.reception_booking_events USING btree (booking_id, id);

--
-- Name: reception_bookings_once; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX reception_bookings_once ON public.reception_bookings USING btree (slot_id, phone) WHERE (status <> 'cancelled'::text);

--
-- Name: reception_bookings_phone; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_bookings_phone ON public.reception_bookings USING btree (phone);

--
-- Name: reception_matters_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_matters_petition ON public.reception_matters USING btree (petition_id);

--
-- Name: reception_matters_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_matters_record ON public.reception_matters USING btree (record_id, "position");

--
-- Name: reception_places_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_places_org ON public.reception_places USING btree (org_id) WHERE (removed_at IS NULL);

--
-- Name: reception_plan_changes_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_plan_changes_plan ON public.reception_plan_changes USING btree (plan_id, id);

--
-- Name: reception_records_leaders; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_records_leaders ON public.reception_records USING gin (leader_ids);

--
-- Name: reception_records_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_records_org ON public.reception_records USING btree (org_id, held_at DESC);

--
-- Name: reception_slots_plan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_slots_plan ON public.reception_slots USING btree (plan_id, starts_at) WHERE (removed_at IS NULL);

--
-- Name: reception_visitors_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_visitors_record ON public.reception_visitors USING btree (record_id, "position") WHERE (removed_at IS NULL);

--
-- Name: reception_visits_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_visits_day ON public.reception_visits USING btree (org_id, visit_date);

--
-- Name: reception_visits_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reception_visits_record ON public.reception_visits USING btree (record_id) WHERE (record_id IS NOT NULL);

--
-- Name: sessions_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_expires ON public.sessions USING btree (expires_at);

--
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user ON public.sessions USING btree (user_id);

--
-- Name: staff_messages_unread; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX staff_messages_unread ON public.staff_messages USING btree (user_id) WHERE (read_at IS NULL);

--
-- Name: staff_messages_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX staff_messages_user ON public.staff_messages USING btree (user_id, id DESC);

--
-- Name: stat_facts_accused; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stat_facts_accused ON public.stat_facts USING btree (accused_org_id) WHERE (accused_org_id IS NOT NULL);

--
-- Name: stat_facts_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stat_facts_received ON public.stat_facts USING btree (received_day);

--
-- Name: stat_reports_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stat_reports_org ON public.stat_reports USING btree (org_id, id DESC);

--
-- Name: supervisions_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supervisions_open ON public.supervisions USING btree (to_org_id) WHERE (replied_at IS NULL);

--
-- Name: supervisions_petition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supervisions_petition ON public.supervisions USING btree (petition_id, id);

--
-- Name: users_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_org ON public.users USING btree (org_id);

--
-- Name: users_username; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_username ON public.users USING btree (lower(username));

--
-- Name: assist_body_rules assist_body_rules_reference_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assist_body_rules_reference_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.assist_body_rules FOR EACH STATEMENT EXECUTE FUNCTION public.bump_reference_version('assist_body_rules');

--
-- Name: assist_labels assist_labels_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assist_labels_no_delete BEFORE DELETE ON public.assist_labels FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: assist_labels assist_labels_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assist_labels_no_truncate BEFORE TRUNCATE ON public.assist_labels FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: assist_models assist_models_reference_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assist_models_reference_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.assist_models FOR EACH STATEMENT EXECUTE FUNCTION public.bump_reference_version('assist_models');

--
-- Name: assist_routes assist_routes_reference_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assist_routes_reference_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.assist_routes FOR EACH STATEMENT EXECUTE FUNCTION public.bump_reference_version('assist_routes');

--
-- Name: attachments attachments_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER attachments_no_delete BEFORE DELETE ON public.attachments FOR EACH ROW EXECUTE FUNCTION public.attachments_no_delete();

--
-- Name: attachments attachments_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER attachments_no_truncate BEFORE TRUNCATE ON public.attachments FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: audit_events audit_events_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_events_append_only BEFORE DELETE OR UPDATE ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.audit_events_guard();

--
-- Name: audit_events audit_events_chain; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_events_chain BEFORE INSERT ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.audit_events_chain();

--
-- Name: audit_events audit_events_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON public.audit_events FOR EACH STATEMENT EXECUTE FUNCTION public.audit_events_guard();

--
-- Name: audit_pending audit_pending_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_pending_append_only BEFORE DELETE OR UPDATE ON public.audit_pending FOR EACH ROW EXECUTE FUNCTION public.audit_pending_guard();

--
-- Name: audit_pending audit_pending_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_pending_no_truncate BEFORE TRUNCATE ON public.audit_pending FOR EACH STATEMENT EXECUTE FUNCTION public.audit_pending_guard();

--
-- Name: categories categories_reference_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER categories_reference_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.categories FOR EACH STATEMENT EXECUTE FUNCTION public.bump_reference_version('categories');

--
-- Name: clock_warnings clock_warnings_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER clock_warnings_no_delete BEFORE DELETE ON public.clock_warnings FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: clock_warnings clock_warnings_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER clock_warnings_no_truncate BEFORE TRUNCATE ON public.clock_warnings FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: decisions decisions_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON public.decisions FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: decisions decisions_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON public.decisions FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_agreements dispute_agreements_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_agreements_no_delete BEFORE DELETE ON public.dispute_agreements FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_agreements dispute_agreements_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_agreements_no_truncate BEFORE TRUNCATE ON public.dispute_agreements FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_events dispute_events_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_events_no_delete BEFORE DELETE ON public.dispute_events FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_events dispute_events_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_events_no_truncate BEFORE TRUNCATE ON public.dispute_events FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_follow_ups dispute_follow_ups_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_follow_ups_no_delete BEFORE DELETE ON public.dispute_follow_ups FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_follow_ups dispute_follow_ups_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_follow_ups_no_truncate BEFORE TRUNCATE ON public.dispute_follow_ups FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_meetings dispute_meetings_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_meetings_no_delete BEFORE DELETE ON public.dispute_meetings FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_meetings dispute_meetings_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_meetings_no_truncate BEFORE TRUNCATE ON public.dispute_meetings FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_parties dispute_parties_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_parties_no_delete BEFORE DELETE ON public.dispute_parties FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_parties dispute_parties_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_parties_no_truncate BEFORE TRUNCATE ON public.dispute_parties FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_reports dispute_reports_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_reports_no_delete BEFORE DELETE ON public.dispute_reports FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_reports dispute_reports_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_reports_no_truncate BEFORE TRUNCATE ON public.dispute_reports FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_summaries dispute_summaries_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_summaries_no_delete BEFORE DELETE ON public.dispute_summaries FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: dispute_summaries dispute_summaries_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dispute_summaries_no_truncate BEFORE TRUNCATE ON public.dispute_summaries FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: disputes disputes_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER disputes_no_delete BEFORE DELETE ON public.disputes FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: disputes disputes_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER disputes_no_truncate BEFORE TRUNCATE ON public.disputes FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: documents documents_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER documents_append_only BEFORE DELETE OR UPDATE ON public.documents FOR EACH ROW EXECUTE FUNCTION public.documents_guard();

--
-- Name: documents documents_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON public.documents FOR EACH STATEMENT EXECUTE FUNCTION public.documents_guard();

--
-- Name: evaluations evaluations_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER evaluations_no_delete BEFORE DELETE ON public.evaluations FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: evaluations evaluations_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER evaluations_no_truncate BEFORE TRUNCATE ON public.evaluations FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: evaluations evaluations_stat_dirty; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER evaluations_stat_dirty AFTER INSERT OR UPDATE ON public.evaluations FOR EACH ROW EXECUTE FUNCTION public.stat_mark_dirty();

--
-- Name: extensions extensions_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER extensions_no_delete BEFORE DELETE ON public.extensions FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: extensions extensions_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER extensions_no_truncate BEFORE TRUNCATE ON public.extensions FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: handling_records handling_records_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER handling_records_no_delete BEFORE DELETE ON public.handling_records FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: handling_records handling_records_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER handling_records_no_truncate BEFORE TRUNCATE ON public.handling_records FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: instruction_recipients instruction_recipients_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER instruction_recipients_no_delete BEFORE DELETE ON public.instruction_recipients FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: instruction_recipients instruction_recipients_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER instruction_recipients_no_truncate BEFORE TRUNCATE ON public.instruction_recipients FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: instructions instructions_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER instructions_no_delete BEFORE DELETE ON public.instructions FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: instructions instructions_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER instructions_no_truncate BEFORE TRUNCATE ON public.instructions FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: mediation_sessions mediation_sessions_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mediation_sessions_no_delete BEFORE DELETE ON public.mediation_sessions FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: mediation_sessions mediation_sessions_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mediation_sessions_no_truncate BEFORE TRUNCATE ON public.mediation_sessions FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: meeting_tasks meeting_tasks_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER meeting_tasks_no_delete BEFORE DELETE ON public.meeting_tasks FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: meeting_tasks meeting_tasks_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER meeting_tasks_no_truncate BEFORE TRUNCATE ON public.meeting_tasks FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: orgs orgs_move_scopes; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER orgs_move_scopes AFTER UPDATE ON public.orgs REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION public.petition_scopes_on_move();

--
-- Name: orgs orgs_move_stats; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER orgs_move_stats AFTER UPDATE ON public.orgs REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION public.stat_dirty_on_move();

--
-- Name: orgs orgs_reference_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER orgs_reference_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.orgs FOR EACH STATEMENT EXECUTE FUNCTION public.bump_reference_version('orgs');

--
-- Name: ownership_items ownership_items_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ownership_items_no_delete BEFORE DELETE ON public.ownership_items FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: ownership_items ownership_items_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ownership_items_no_truncate BEFORE TRUNCATE ON public.ownership_items FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: ownerships ownerships_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ownerships_no_delete BEFORE DELETE ON public.ownerships FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: ownerships ownerships_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ownerships_no_truncate BEFORE TRUNCATE ON public.ownerships FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_access petition_access_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_access_no_delete BEFORE DELETE ON public.petition_access FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_access petition_access_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_access_no_truncate BEFORE TRUNCATE ON public.petition_access FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_access petition_access_scopes; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_access_scopes AFTER INSERT ON public.petition_access FOR EACH ROW EXECUTE FUNCTION public.petition_scopes_on_access();

--
-- Name: petition_assignments petition_assignments_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_assignments_no_delete BEFORE DELETE ON public.petition_assignments FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_assignments petition_assignments_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_assignments_no_truncate BEFORE TRUNCATE ON public.petition_assignments FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_clocks petition_clocks_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_clocks_no_delete BEFORE DELETE ON public.petition_clocks FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_clocks petition_clocks_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_clocks_no_truncate BEFORE TRUNCATE ON public.petition_clocks FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_clocks petition_clocks_soon_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_clocks_soon_at BEFORE INSERT OR UPDATE OF started_at, due_at, stopped_at ON public.petition_clocks FOR EACH ROW EXECUTE FUNCTION public.petition_clock_soon_at();

--
-- Name: petition_clocks petition_clocks_stat_dirty; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_clocks_stat_dirty AFTER UPDATE ON public.petition_clocks REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION public.stat_mark_overdue_changes();

--
-- Name: petition_events petition_events_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_events_no_delete BEFORE DELETE ON public.petition_events FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_events petition_events_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_events_no_truncate BEFORE TRUNCATE ON public.petition_events FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petition_events petition_events_stat_dirty; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_events_stat_dirty AFTER INSERT OR UPDATE ON public.petition_events FOR EACH ROW EXECUTE FUNCTION public.stat_mark_dirty();

--
-- Name: petition_scopes petition_scopes_orgs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petition_scopes_orgs AFTER INSERT ON public.petition_scopes REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION public.petition_scope_orgs_sync();

--
-- Name: petitioners petitioners_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petitioners_no_delete BEFORE DELETE ON public.petitioners FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petitioners petitioners_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petitioners_no_truncate BEFORE TRUNCATE ON public.petitioners FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petitions petitions_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petitions_no_delete BEFORE DELETE ON public.petitions FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petitions petitions_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petitions_no_truncate BEFORE TRUNCATE ON public.petitions FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: petitions petitions_scope_orgs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petitions_scope_orgs BEFORE INSERT ON public.petitions FOR EACH ROW EXECUTE FUNCTION public.petition_scope_orgs_first();

--
-- Name: petitions petitions_scopes; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petitions_scopes AFTER INSERT ON public.petitions FOR EACH ROW EXECUTE FUNCTION public.petition_scopes_on_petition();

--
-- Name: petitions petitions_scopes_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER petitions_scopes_update AFTER UPDATE OF received_at, created_at, status, channel, type, category_id ON public.petitions FOR EACH ROW WHEN (((((((old.received_at IS DISTINCT FROM new.received_at) OR (old.created_at IS DISTINCT FROM new.created_at)) OR (old.status IS DISTINCT FROM new.status)) OR (old.channel IS DISTINCT FROM new.channel)) OR (old.type IS DISTINCT FROM new.type)) OR (old.category_id IS DISTINCT FROM new.category_id))) EXECUTE FUNCTION public.petition_scopes_on_petition();

--
-- Name: proceedings proceedings_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER proceedings_no_delete BEFORE DELETE ON public.proceedings FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: proceedings proceedings_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER proceedings_no_truncate BEFORE TRUNCATE ON public.proceedings FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: reception_matters reception_matters_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reception_matters_no_delete BEFORE DELETE ON public.reception_matters FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: reception_matters reception_matters_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reception_matters_no_truncate BEFORE TRUNCATE ON public.reception_matters FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: reception_records reception_records_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reception_records_no_delete BEFORE DELETE ON public.reception_records FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: reception_records reception_records_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reception_records_no_truncate BEFORE TRUNCATE ON public.reception_records FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: reception_visitors reception_visitors_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reception_visitors_no_delete BEFORE DELETE ON public.reception_visitors FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: reception_visitors reception_visitors_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER reception_visitors_no_truncate BEFORE TRUNCATE ON public.reception_visitors FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: supervisions supervisions_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER supervisions_no_delete BEFORE DELETE ON public.supervisions FOR EACH ROW EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: supervisions supervisions_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER supervisions_no_truncate BEFORE TRUNCATE ON public.supervisions FOR EACH STATEMENT EXECUTE FUNCTION public.petition_data_no_delete();

--
-- Name: assist_body_rules assist_body_rules_category_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_body_rules
    ADD CONSTRAINT assist_body_rules_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.categories(id);

--
-- Name: assist_body_rules assist_body_rules_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_body_rules
    ADD CONSTRAINT assist_body_rules_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.users(id);

--
-- Name: assist_knowledge assist_knowledge_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_knowledge
    ADD CONSTRAINT assist_knowledge_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.users(id);

--
-- Name: assist_labels assist_labels_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_labels
    ADD CONSTRAINT assist_labels_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.users(id);

--
-- Name: assist_labels assist_labels_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_labels
    ADD CONSTRAINT assist_labels_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: assist_models assist_models_activated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_models
    ADD CONSTRAINT assist_models_activated_by_fkey FOREIGN KEY (activated_by) REFERENCES public.users(id);

--
-- Name: assist_models assist_models_trained_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_models
    ADD CONSTRAINT assist_models_trained_by_fkey FOREIGN KEY (trained_by) REFERENCES public.users(id);

--
-- Name: assist_routes assist_routes_category_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_routes
    ADD CONSTRAINT assist_routes_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.categories(id);

--
-- Name: assist_routes assist_routes_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assist_routes
    ADD CONSTRAINT assist_routes_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: attachments attachments_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);

--
-- Name: attachments attachments_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: attachments attachments_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: attachments attachments_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.users(id);

--
-- Name: calendar_years calendar_years_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_years
    ADD CONSTRAINT calendar_years_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.users(id);

--
-- Name: categories categories_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.categories
    ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories(id);

--
-- Name: clock_warnings clock_warnings_clock_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clock_warnings
    ADD CONSTRAINT clock_warnings_clock_id_fkey FOREIGN KEY (clock_id) REFERENCES public.petition_clocks(id);

--
-- Name: decisions decisions_delivered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT decisions_delivered_by_fkey FOREIGN KEY (delivered_by) REFERENCES public.users(id);

--
-- Name: decisions decisions_issued_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT decisions_issued_by_fkey FOREIGN KEY (issued_by) REFERENCES public.users(id);

--
-- Name: decisions decisions_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT decisions_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: decisions decisions_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT decisions_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: decisions decisions_review_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT decisions_review_org_id_fkey FOREIGN KEY (review_org_id) REFERENCES public.orgs(id);

--
-- Name: dispute_agreements dispute_agreements_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_agreements
    ADD CONSTRAINT dispute_agreements_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: dispute_agreements dispute_agreements_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_agreements
    ADD CONSTRAINT dispute_agreements_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);

--
-- Name: dispute_agreements dispute_agreements_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_agreements
    ADD CONSTRAINT dispute_agreements_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: dispute_agreements dispute_agreements_scan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_agreements
    ADD CONSTRAINT dispute_agreements_scan_id_fkey FOREIGN KEY (scan_id) REFERENCES public.attachments(id);

--
-- Name: dispute_events dispute_events_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_events
    ADD CONSTRAINT dispute_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.users(id);

--
-- Name: dispute_events dispute_events_actor_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_events
    ADD CONSTRAINT dispute_events_actor_org_id_fkey FOREIGN KEY (actor_org_id) REFERENCES public.orgs(id);

--
-- Name: dispute_events dispute_events_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_events
    ADD CONSTRAINT dispute_events_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);

--
-- Name: dispute_follow_ups dispute_follow_ups_agreement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_follow_ups
    ADD CONSTRAINT dispute_follow_ups_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES public.dispute_agreements(id);

--
-- Name: dispute_follow_ups dispute_follow_ups_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_follow_ups
    ADD CONSTRAINT dispute_follow_ups_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: dispute_follow_ups dispute_follow_ups_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_follow_ups
    ADD CONSTRAINT dispute_follow_ups_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);

--
-- Name: dispute_meetings dispute_meetings_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_meetings
    ADD CONSTRAINT dispute_meetings_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: dispute_meetings dispute_meetings_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_meetings
    ADD CONSTRAINT dispute_meetings_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: dispute_parties dispute_parties_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_parties
    ADD CONSTRAINT dispute_parties_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);

--
-- Name: dispute_parties dispute_parties_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_parties
    ADD CONSTRAINT dispute_parties_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: dispute_reports dispute_reports_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_reports
    ADD CONSTRAINT dispute_reports_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: dispute_reports dispute_reports_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_reports
    ADD CONSTRAINT dispute_reports_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);

--
-- Name: dispute_reports dispute_reports_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_reports
    ADD CONSTRAINT dispute_reports_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: dispute_summaries dispute_summaries_filed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_summaries
    ADD CONSTRAINT dispute_summaries_filed_by_fkey FOREIGN KEY (filed_by) REFERENCES public.users(id);

--
-- Name: dispute_summaries dispute_summaries_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispute_summaries
    ADD CONSTRAINT dispute_summaries_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: disputes disputes_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: disputes disputes_escalated_to_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_escalated_to_fkey FOREIGN KEY (escalated_to) REFERENCES public.orgs(id);

--
-- Name: disputes disputes_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: disputes disputes_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: disputes disputes_registered_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_registered_org_id_fkey FOREIGN KEY (registered_org_id) REFERENCES public.orgs(id);

--
-- Name: disputes disputes_source_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_source_org_id_fkey FOREIGN KEY (source_org_id) REFERENCES public.orgs(id);

--
-- Name: disputes disputes_source_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_source_petition_id_fkey FOREIGN KEY (source_petition_id) REFERENCES public.petitions(id);

--
-- Name: document_number_counters document_number_counters_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_number_counters
    ADD CONSTRAINT document_number_counters_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: document_templates document_templates_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_templates
    ADD CONSTRAINT document_templates_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: document_templates document_templates_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_templates
    ADD CONSTRAINT document_templates_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.users(id);

--
-- Name: documents documents_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: documents documents_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.petition_events(id);

--
-- Name: documents documents_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: documents documents_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: duty_events duty_events_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_events
    ADD CONSTRAINT duty_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.users(id);

--
-- Name: duty_events duty_events_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_events
    ADD CONSTRAINT duty_events_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: duty_events duty_events_swap_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_events
    ADD CONSTRAINT duty_events_swap_id_fkey FOREIGN KEY (swap_id) REFERENCES public.duty_swaps(id);

--
-- Name: duty_settings duty_settings_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_settings
    ADD CONSTRAINT duty_settings_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: duty_settings duty_settings_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_settings
    ADD CONSTRAINT duty_settings_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.users(id);

--
-- Name: duty_shifts duty_shifts_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_shifts
    ADD CONSTRAINT duty_shifts_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: duty_shifts duty_shifts_replaces_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_shifts
    ADD CONSTRAINT duty_shifts_replaces_id_fkey FOREIGN KEY (replaces_id) REFERENCES public.duty_shifts(id);

--
-- Name: duty_shifts duty_shifts_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_shifts
    ADD CONSTRAINT duty_shifts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

--
-- Name: duty_swaps duty_swaps_colleague_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_swaps
    ADD CONSTRAINT duty_swaps_colleague_id_fkey FOREIGN KEY (colleague_id) REFERENCES public.users(id);

--
-- Name: duty_swaps duty_swaps_counter_shift_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_swaps
    ADD CONSTRAINT duty_swaps_counter_shift_id_fkey FOREIGN KEY (counter_shift_id) REFERENCES public.duty_shifts(id);

--
-- Name: duty_swaps duty_swaps_decided_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_swaps
    ADD CONSTRAINT duty_swaps_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES public.users(id);

--
-- Name: duty_swaps duty_swaps_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_swaps
    ADD CONSTRAINT duty_swaps_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: duty_swaps duty_swaps_requester_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_swaps
    ADD CONSTRAINT duty_swaps_requester_id_fkey FOREIGN KEY (requester_id) REFERENCES public.users(id);

--
-- Name: duty_swaps duty_swaps_shift_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_swaps
    ADD CONSTRAINT duty_swaps_shift_id_fkey FOREIGN KEY (shift_id) REFERENCES public.duty_shifts(id);

--
-- Name: evaluations evaluations_decision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluations
    ADD CONSTRAINT evaluations_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES public.decisions(id);

--
-- Name: evaluations evaluations_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluations
    ADD CONSTRAINT evaluations_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: evaluations evaluations_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluations
    ADD CONSTRAINT evaluations_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: extensions extensions_decided_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.extensions
    ADD CONSTRAINT extensions_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES public.users(id);

--
-- Name: extensions extensions_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.extensions
    ADD CONSTRAINT extensions_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: extensions extensions_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.extensions
    ADD CONSTRAINT extensions_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: extensions extensions_requested_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.extensions
    ADD CONSTRAINT extensions_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES public.users(id);

--
-- Name: handling_records handling_records_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handling_records
    ADD CONSTRAINT handling_records_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: handling_records handling_records_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handling_records
    ADD CONSTRAINT handling_records_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: handling_records handling_records_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handling_records
    ADD CONSTRAINT handling_records_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: idempotency_keys idempotency_keys_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

--
-- Name: import_jobs import_jobs_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_jobs
    ADD CONSTRAINT import_jobs_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: import_jobs import_jobs_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_jobs
    ADD CONSTRAINT import_jobs_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: instruction_recipients instruction_recipients_acknowledged_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruction_recipients
    ADD CONSTRAINT instruction_recipients_acknowledged_by_fkey FOREIGN KEY (acknowledged_by) REFERENCES public.users(id);

--
-- Name: instruction_recipients instruction_recipients_instruction_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruction_recipients
    ADD CONSTRAINT instruction_recipients_instruction_id_fkey FOREIGN KEY (instruction_id) REFERENCES public.instructions(id);

--
-- Name: instruction_recipients instruction_recipients_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruction_recipients
    ADD CONSTRAINT instruction_recipients_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: instruction_recipients instruction_recipients_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruction_recipients
    ADD CONSTRAINT instruction_recipients_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: instructions instructions_leader_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instructions
    ADD CONSTRAINT instructions_leader_id_fkey FOREIGN KEY (leader_id) REFERENCES public.users(id);

--
-- Name: instructions instructions_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instructions
    ADD CONSTRAINT instructions_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: instructions instructions_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instructions
    ADD CONSTRAINT instructions_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: leader_unavailability leader_unavailability_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leader_unavailability
    ADD CONSTRAINT leader_unavailability_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: leader_unavailability leader_unavailability_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leader_unavailability
    ADD CONSTRAINT leader_unavailability_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

--
-- Name: mediation_sessions mediation_sessions_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mediation_sessions
    ADD CONSTRAINT mediation_sessions_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: mediation_sessions mediation_sessions_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mediation_sessions
    ADD CONSTRAINT mediation_sessions_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);

--
-- Name: mediation_sessions mediation_sessions_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mediation_sessions
    ADD CONSTRAINT mediation_sessions_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: meeting_tasks meeting_tasks_done_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_tasks
    ADD CONSTRAINT meeting_tasks_done_by_fkey FOREIGN KEY (done_by) REFERENCES public.users(id);

--
-- Name: meeting_tasks meeting_tasks_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_tasks
    ADD CONSTRAINT meeting_tasks_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.dispute_meetings(id);

--
-- Name: meeting_tasks meeting_tasks_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_tasks
    ADD CONSTRAINT meeting_tasks_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: notification_attempts notification_attempts_outbox_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_attempts
    ADD CONSTRAINT notification_attempts_outbox_id_fkey FOREIGN KEY (outbox_id) REFERENCES public.outbox(id);

--
-- Name: orgs orgs_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orgs
    ADD CONSTRAINT orgs_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.orgs(id);

--
-- Name: outbox outbox_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.petition_events(id);

--
-- Name: outbox outbox_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: outbox outbox_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: outbox outbox_petitioner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_petitioner_id_fkey FOREIGN KEY (petitioner_id) REFERENCES public.petitioners(id);

--
-- Name: outbox_secrets outbox_secrets_outbox_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_secrets
    ADD CONSTRAINT outbox_secrets_outbox_id_fkey FOREIGN KEY (outbox_id) REFERENCES public.outbox(id);

--
-- Name: ownership_items ownership_items_ownership_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ownership_items
    ADD CONSTRAINT ownership_items_ownership_id_fkey FOREIGN KEY (ownership_id) REFERENCES public.ownerships(id);

--
-- Name: ownerships ownerships_leader_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ownerships
    ADD CONSTRAINT ownerships_leader_id_fkey FOREIGN KEY (leader_id) REFERENCES public.users(id);

--
-- Name: ownerships ownerships_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ownerships
    ADD CONSTRAINT ownerships_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: ownerships ownerships_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ownerships
    ADD CONSTRAINT ownerships_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: petition_access petition_access_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_access
    ADD CONSTRAINT petition_access_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: petition_access petition_access_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_access
    ADD CONSTRAINT petition_access_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: petition_assignments petition_assignments_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_assignments
    ADD CONSTRAINT petition_assignments_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: petition_assignments petition_assignments_from_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_assignments
    ADD CONSTRAINT petition_assignments_from_org_id_fkey FOREIGN KEY (from_org_id) REFERENCES public.orgs(id);

--
-- Name: petition_assignments petition_assignments_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_assignments
    ADD CONSTRAINT petition_assignments_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: petition_assignments petition_assignments_replied_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_assignments
    ADD CONSTRAINT petition_assignments_replied_by_fkey FOREIGN KEY (replied_by) REFERENCES public.users(id);

--
-- Name: petition_assignments petition_assignments_to_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_assignments
    ADD CONSTRAINT petition_assignments_to_org_id_fkey FOREIGN KEY (to_org_id) REFERENCES public.orgs(id);

--
-- Name: petition_clocks petition_clocks_dispute_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_clocks
    ADD CONSTRAINT petition_clocks_dispute_id_fkey FOREIGN KEY (dispute_id) REFERENCES public.disputes(id);

--
-- Name: petition_clocks petition_clocks_meeting_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_clocks
    ADD CONSTRAINT petition_clocks_meeting_task_id_fkey FOREIGN KEY (meeting_task_id) REFERENCES public.meeting_tasks(id);

--
-- Name: petition_clocks petition_clocks_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_clocks
    ADD CONSTRAINT petition_clocks_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: petition_clocks petition_clocks_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_clocks
    ADD CONSTRAINT petition_clocks_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: petition_events petition_events_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_events
    ADD CONSTRAINT petition_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.users(id);

--
-- Name: petition_events petition_events_actor_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_events
    ADD CONSTRAINT petition_events_actor_org_id_fkey FOREIGN KEY (actor_org_id) REFERENCES public.orgs(id);

--
-- Name: petition_events petition_events_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_events
    ADD CONSTRAINT petition_events_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: petition_number_counters petition_number_counters_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_number_counters
    ADD CONSTRAINT petition_number_counters_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: petition_signatures petition_signatures_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_signatures
    ADD CONSTRAINT petition_signatures_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: petitioners petitioners_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitioners
    ADD CONSTRAINT petitioners_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: petitions petitions_accused_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_accused_org_id_fkey FOREIGN KEY (accused_org_id) REFERENCES public.orgs(id);

--
-- Name: petitions petitions_category_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.categories(id);

--
-- Name: petitions petitions_decline_route_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_decline_route_org_id_fkey FOREIGN KEY (decline_route_org_id) REFERENCES public.orgs(id);

--
-- Name: petitions petitions_holder_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_holder_org_id_fkey FOREIGN KEY (holder_org_id) REFERENCES public.orgs(id);

--
-- Name: petitions petitions_merged_into_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_merged_into_id_fkey FOREIGN KEY (merged_into_id) REFERENCES public.petitions(id);

--
-- Name: petitions petitions_new_facts_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_new_facts_approved_by_fkey FOREIGN KEY (new_facts_approved_by) REFERENCES public.users(id);

--
-- Name: petitions petitions_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: petitions petitions_registered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_registered_by_fkey FOREIGN KEY (registered_by) REFERENCES public.users(id);

--
-- Name: petitions petitions_repeat_of_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_repeat_of_id_fkey FOREIGN KEY (repeat_of_id) REFERENCES public.petitions(id);

--
-- Name: petitions petitions_router_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_router_org_id_fkey FOREIGN KEY (router_org_id) REFERENCES public.orgs(id);

--
-- Name: portal_phone_codes portal_phone_codes_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.portal_phone_codes
    ADD CONSTRAINT portal_phone_codes_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: proceedings proceedings_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proceedings
    ADD CONSTRAINT proceedings_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: proceedings proceedings_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proceedings
    ADD CONSTRAINT proceedings_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: proceedings proceedings_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proceedings
    ADD CONSTRAINT proceedings_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: reception_booking_events reception_booking_events_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_booking_events
    ADD CONSTRAINT reception_booking_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.users(id);

--
-- Name: reception_booking_events reception_booking_events_booking_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_booking_events
    ADD CONSTRAINT reception_booking_events_booking_id_fkey FOREIGN KEY (booking_id) REFERENCES public.reception_bookings(id);

--
-- Name: reception_bookings reception_bookings_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_bookings
    ADD CONSTRAINT reception_bookings_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: reception_bookings reception_bookings_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_bookings
    ADD CONSTRAINT reception_bookings_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES public.reception_slots(id);

--
-- Name: reception_matters reception_matters_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_matters
    ADD CONSTRAINT reception_matters_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: reception_matters reception_matters_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_matters
    ADD CONSTRAINT reception_matters_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: reception_matters reception_matters_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_matters
    ADD CONSTRAINT reception_matters_record_id_fkey FOREIGN KEY (record_id) REFERENCES public.reception_records(id);

--
-- Name: reception_places reception_places_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_places
    ADD CONSTRAINT reception_places_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: reception_plan_changes reception_plan_changes_changed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plan_changes
    ADD CONSTRAINT reception_plan_changes_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES public.users(id);

--
-- Name: reception_plan_changes reception_plan_changes_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plan_changes
    ADD CONSTRAINT reception_plan_changes_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.reception_plans(id);

--
-- Name: reception_plan_changes reception_plan_changes_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plan_changes
    ADD CONSTRAINT reception_plan_changes_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES public.reception_slots(id);

--
-- Name: reception_plan_versions reception_plan_versions_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plan_versions
    ADD CONSTRAINT reception_plan_versions_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.reception_plans(id);

--
-- Name: reception_plan_versions reception_plan_versions_published_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plan_versions
    ADD CONSTRAINT reception_plan_versions_published_by_fkey FOREIGN KEY (published_by) REFERENCES public.users(id);

--
-- Name: reception_plans reception_plans_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plans
    ADD CONSTRAINT reception_plans_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: reception_plans reception_plans_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_plans
    ADD CONSTRAINT reception_plans_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: reception_records reception_records_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_records
    ADD CONSTRAINT reception_records_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: reception_records reception_records_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_records
    ADD CONSTRAINT reception_records_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: reception_records reception_records_ownership_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_records
    ADD CONSTRAINT reception_records_ownership_id_fkey FOREIGN KEY (ownership_id) REFERENCES public.ownerships(id);

--
-- Name: reception_records reception_records_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_records
    ADD CONSTRAINT reception_records_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: reception_records reception_records_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_records
    ADD CONSTRAINT reception_records_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES public.reception_slots(id);

--
-- Name: reception_records reception_records_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_records
    ADD CONSTRAINT reception_records_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.users(id);

--
-- Name: reception_rules reception_rules_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_rules
    ADD CONSTRAINT reception_rules_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.users(id);

--
-- Name: reception_slot_counsel reception_slot_counsel_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_slot_counsel
    ADD CONSTRAINT reception_slot_counsel_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES public.reception_slots(id);

--
-- Name: reception_slot_counsel reception_slot_counsel_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_slot_counsel
    ADD CONSTRAINT reception_slot_counsel_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.users(id);

--
-- Name: reception_slots reception_slots_place_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_slots
    ADD CONSTRAINT reception_slots_place_id_fkey FOREIGN KEY (place_id) REFERENCES public.reception_places(id);

--
-- Name: reception_slots reception_slots_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_slots
    ADD CONSTRAINT reception_slots_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.reception_plans(id);

--
-- Name: reception_visitors reception_visitors_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visitors
    ADD CONSTRAINT reception_visitors_record_id_fkey FOREIGN KEY (record_id) REFERENCES public.reception_records(id);

--
-- Name: reception_visits reception_visits_booking_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visits
    ADD CONSTRAINT reception_visits_booking_id_fkey FOREIGN KEY (booking_id) REFERENCES public.reception_bookings(id);

--
-- Name: reception_visits reception_visits_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visits
    ADD CONSTRAINT reception_visits_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: reception_visits reception_visits_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visits
    ADD CONSTRAINT reception_visits_record_id_fkey FOREIGN KEY (record_id) REFERENCES public.reception_records(id);

--
-- Name: reception_visits reception_visits_recorded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visits
    ADD CONSTRAINT reception_visits_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES public.users(id);

--
-- Name: reception_visits reception_visits_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reception_visits
    ADD CONSTRAINT reception_visits_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES public.reception_slots(id);

--
-- Name: saved_filters saved_filters_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.saved_filters
    ADD CONSTRAINT saved_filters_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: saved_filters saved_filters_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.saved_filters
    ADD CONSTRAINT saved_filters_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id);

--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

--
-- Name: staff_messages staff_messages_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_messages
    ADD CONSTRAINT staff_messages_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: staff_messages staff_messages_outbox_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_messages
    ADD CONSTRAINT staff_messages_outbox_id_fkey FOREIGN KEY (outbox_id) REFERENCES public.outbox(id);

--
-- Name: staff_messages staff_messages_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_messages
    ADD CONSTRAINT staff_messages_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: staff_messages staff_messages_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_messages
    ADD CONSTRAINT staff_messages_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);

--
-- Name: stat_facts stat_facts_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_facts
    ADD CONSTRAINT stat_facts_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: stat_reports stat_reports_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_reports
    ADD CONSTRAINT stat_reports_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: stat_reports stat_reports_requested_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stat_reports
    ADD CONSTRAINT stat_reports_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES public.users(id);

--
-- Name: supervisions supervisions_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervisions
    ADD CONSTRAINT supervisions_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);

--
-- Name: supervisions supervisions_from_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervisions
    ADD CONSTRAINT supervisions_from_org_id_fkey FOREIGN KEY (from_org_id) REFERENCES public.orgs(id);

--
-- Name: supervisions supervisions_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervisions
    ADD CONSTRAINT supervisions_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petitions(id);

--
-- Name: supervisions supervisions_replied_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervisions
    ADD CONSTRAINT supervisions_replied_by_fkey FOREIGN KEY (replied_by) REFERENCES public.users(id);

--
-- Name: supervisions supervisions_to_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervisions
    ADD CONSTRAINT supervisions_to_org_id_fkey FOREIGN KEY (to_org_id) REFERENCES public.orgs(id);

--
-- Name: users users_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);

--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA public TO xinfang_app;

--
-- Name: TABLE audit_events; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.audit_events TO xinfang_app;

--
-- Name: TABLE assist_body_rules; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.assist_body_rules TO xinfang_app;

--
-- Name: SEQUENCE assist_body_rules_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.assist_body_rules_id_seq TO xinfang_app;

--
-- Name: TABLE assist_knowledge; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.assist_knowledge TO xinfang_app;

--
-- Name: SEQUENCE assist_knowledge_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.assist_knowledge_id_seq TO xinfang_app;

--
-- Name: TABLE assist_labels; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.assist_labels TO xinfang_app;

--
-- Name: SEQUENCE assist_labels_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.assist_labels_id_seq TO xinfang_app;

--
-- Name: TABLE assist_models; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.assist_models TO xinfang_app;

--
-- Name: SEQUENCE assist_models_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.assist_models_id_seq TO xinfang_app;

--
-- Name: TABLE assist_routes; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.assist_routes TO xinfang_app;

--
-- Name: TABLE attachments; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.attachments TO xinfang_app;

--
-- Name: SEQUENCE attachments_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.attachments_id_seq TO xinfang_app;

--
-- Name: TABLE audit_pending; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.audit_pending TO xinfang_app;

--
-- Name: SEQUENCE audit_pending_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.audit_pending_id_seq TO xinfang_app;

--
-- Name: TABLE calendar_days; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.calendar_days TO xinfang_app;

--
-- Name: TABLE calendar_years; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.calendar_years TO xinfang_app;

--
-- Name: TABLE categories; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.categories TO xinfang_app;

--
-- Name: SEQUENCE categories_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.categories_id_seq TO xinfang_app;

--
-- Name: TABLE clock_warnings; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.clock_warnings TO xinfang_app;

--
-- Name: TABLE decisions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.decisions TO xinfang_app;

--
-- Name: SEQUENCE decisions_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.decisions_id_seq TO xinfang_app;

--
-- Name: TABLE dispute_agreements; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.dispute_agreements TO xinfang_app;

--
-- Name: SEQUENCE dispute_agreements_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.dispute_agreements_id_seq TO xinfang_app;

--
-- Name: TABLE dispute_events; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.dispute_events TO xinfang_app;

--
-- Name: SEQUENCE dispute_events_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.dispute_events_id_seq TO xinfang_app;

--
-- Name: TABLE dispute_follow_ups; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.dispute_follow_ups TO xinfang_app;

--
-- Name: SEQUENCE dispute_follow_ups_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.dispute_follow_ups_id_seq TO xinfang_app;

--
-- Name: TABLE dispute_meetings; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.dispute_meetings TO xinfang_app;

--
-- Name: SEQUENCE dispute_meetings_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.dispute_meetings_id_seq TO xinfang_app;

--
-- Name: SEQUENCE dispute_number_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.dispute_number_seq TO xinfang_app;

--
-- Name: TABLE dispute_parties; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.dispute_parties TO xinfang_app;

--
-- Name: SEQUENCE dispute_parties_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.dispute_parties_id_seq TO xinfang_app;

--
-- Name: TABLE dispute_reports; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.dispute_reports TO xinfang_app;

--
-- Name: SEQUENCE dispute_reports_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.dispute_reports_id_seq TO xinfang_app;

--
-- Name: TABLE dispute_summaries; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.dispute_summaries TO xinfang_app;

--
-- Name: SEQUENCE dispute_summaries_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.dispute_summaries_id_seq TO xinfang_app;

--
-- Name: TABLE disputes; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.disputes TO xinfang_app;

--
-- Name: SEQUENCE disputes_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.disputes_id_seq TO xinfang_app;

--
-- Name: TABLE document_number_counters; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.document_number_counters TO xinfang_app;

--
-- Name: TABLE document_templates; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.document_templates TO xinfang_app;

--
-- Name: SEQUENCE document_templates_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.document_templates_id_seq TO xinfang_app;

--
-- Name: TABLE documents; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.documents TO xinfang_app;

--
-- Name: SEQUENCE documents_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.documents_id_seq TO xinfang_app;

--
-- Name: TABLE duty_events; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.duty_events TO xinfang_app;

--
-- Name: SEQUENCE duty_events_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.duty_events_id_seq TO xinfang_app;

--
-- Name: TABLE duty_settings; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.duty_settings TO xinfang_app;

--
-- Name: TABLE duty_shifts; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.duty_shifts TO xinfang_app;

--
-- Name: SEQUENCE duty_shifts_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.duty_shifts_id_seq TO xinfang_app;

--
-- Name: TABLE duty_swaps; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.duty_swaps TO xinfang_app;

--
-- Name: SEQUENCE duty_swaps_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.duty_swaps_id_seq TO xinfang_app;

--
-- Name: TABLE evaluations; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.evaluations TO xinfang_app;

--
-- Name: SEQUENCE evaluations_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.evaluations_id_seq TO xinfang_app;

--
-- Name: TABLE extensions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.extensions TO xinfang_app;

--
-- Name: SEQUENCE extensions_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.extensions_id_seq TO xinfang_app;

--
-- Name: TABLE handling_records; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.handling_records TO xinfang_app;

--
-- Name: SEQUENCE handling_records_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.handling_records_id_seq TO xinfang_app;

--
-- Name: TABLE idempotency_keys; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.idempotency_keys TO xinfang_app;

--
-- Name: TABLE import_jobs; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.import_jobs TO xinfang_app;

--
-- Name: SEQUENCE import_jobs_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.import_jobs_id_seq TO xinfang_app;

--
-- Name: TABLE instruction_recipients; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.instruction_recipients TO xinfang_app;

--
-- Name: SEQUENCE instruction_recipients_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.instruction_recipients_id_seq TO xinfang_app;

--
-- Name: TABLE instructions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.instructions TO xinfang_app;

--
-- Name: SEQUENCE instructions_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.instructions_id_seq TO xinfang_app;

--
-- Name: TABLE kysely_migration; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.kysely_migration TO xinfang_app;

--
-- Name: TABLE kysely_migration_lock; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.kysely_migration_lock TO xinfang_app;

--
-- Name: TABLE leader_unavailability; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.leader_unavailability TO xinfang_app;

--
-- Name: SEQUENCE leader_unavailability_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.leader_unavailability_id_seq TO xinfang_app;

--
-- Name: TABLE mediation_sessions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.mediation_sessions TO xinfang_app;

--
-- Name: SEQUENCE mediation_sessions_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.mediation_sessions_id_seq TO xinfang_app;

--
-- Name: TABLE meeting_tasks; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.meeting_tasks TO xinfang_app;

--
-- Name: SEQUENCE meeting_tasks_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.meeting_tasks_id_seq TO xinfang_app;

--
-- Name: TABLE notification_attempts; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.notification_attempts TO xinfang_app;

--
-- Name: SEQUENCE notification_attempts_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.notification_attempts_id_seq TO xinfang_app;

--
-- Name: TABLE orgs; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.orgs TO xinfang_app;

--
-- Name: SEQUENCE orgs_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.orgs_id_seq TO xinfang_app;

--
-- Name: TABLE outbox; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.outbox TO xinfang_app;

--
-- Name: SEQUENCE outbox_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.outbox_id_seq TO xinfang_app;

--
-- Name: TABLE outbox_secrets; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.outbox_secrets TO xinfang_app;

--
-- Name: TABLE ownership_items; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.ownership_items TO xinfang_app;

--
-- Name: TABLE ownerships; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.ownerships TO xinfang_app;

--
-- Name: SEQUENCE ownerships_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.ownerships_id_seq TO xinfang_app;

--
-- Name: TABLE petition_access; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petition_access TO xinfang_app;

--
-- Name: TABLE petition_assignments; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petition_assignments TO xinfang_app;

--
-- Name: SEQUENCE petition_assignments_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.petition_assignments_id_seq TO xinfang_app;

--
-- Name: TABLE petition_clocks; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petition_clocks TO xinfang_app;

--
-- Name: SEQUENCE petition_clocks_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.petition_clocks_id_seq TO xinfang_app;

--
-- Name: TABLE petition_events; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petition_events TO xinfang_app;

--
-- Name: SEQUENCE petition_events_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.petition_events_id_seq TO xinfang_app;

--
-- Name: TABLE petition_number_counters; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petition_number_counters TO xinfang_app;

--
-- Name: TABLE petitions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petitions TO xinfang_app;

--
-- Name: TABLE petition_scope_rows; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petition_scope_rows TO xinfang_app;

--
-- Name: TABLE petition_scopes; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petition_scopes TO xinfang_app;

--
-- Name: TABLE petition_signatures; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petition_signatures TO xinfang_app;

--
-- Name: TABLE petitioners; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.petitioners TO xinfang_app;

--
-- Name: SEQUENCE petitioners_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.petitioners_id_seq TO xinfang_app;

--
-- Name: SEQUENCE petitions_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.petitions_id_seq TO xinfang_app;

--
-- Name: TABLE portal_challenges; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.portal_challenges TO xinfang_app;

--
-- Name: TABLE portal_code_requests; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.portal_code_requests TO xinfang_app;

--
-- Name: SEQUENCE portal_code_requests_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.portal_code_requests_id_seq TO xinfang_app;

--
-- Name: TABLE portal_failures; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.portal_failures TO xinfang_app;

--
-- Name: TABLE portal_phone_codes; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.portal_phone_codes TO xinfang_app;

--
-- Name: SEQUENCE portal_phone_codes_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.portal_phone_codes_id_seq TO xinfang_app;

--
-- Name: TABLE proceedings; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.proceedings TO xinfang_app;

--
-- Name: SEQUENCE proceedings_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.proceedings_id_seq TO xinfang_app;

--
-- Name: TABLE reception_booking_events; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_booking_events TO xinfang_app;

--
-- Name: SEQUENCE reception_booking_events_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_booking_events_id_seq TO xinfang_app;

--
-- Name: TABLE reception_bookings; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_bookings TO xinfang_app;

--
-- Name: SEQUENCE reception_bookings_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_bookings_id_seq TO xinfang_app;

--
-- Name: TABLE reception_matters; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_matters TO xinfang_app;

--
-- Name: SEQUENCE reception_matters_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_matters_id_seq TO xinfang_app;

--
-- Name: TABLE reception_places; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_places TO xinfang_app;

--
-- Name: SEQUENCE reception_places_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_places_id_seq TO xinfang_app;

--
-- Name: TABLE reception_plan_changes; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_plan_changes TO xinfang_app;

--
-- Name: SEQUENCE reception_plan_changes_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_plan_changes_id_seq TO xinfang_app;

--
-- Name: TABLE reception_plan_versions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_plan_versions TO xinfang_app;

--
-- Name: TABLE reception_plans; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_plans TO xinfang_app;

--
-- Name: SEQUENCE reception_plans_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_plans_id_seq TO xinfang_app;

--
-- Name: TABLE reception_records; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_records TO xinfang_app;

--
-- Name: SEQUENCE reception_records_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_records_id_seq TO xinfang_app;

--
-- Name: TABLE reception_rules; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_rules TO xinfang_app;

--
-- Name: TABLE reception_slot_counsel; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_slot_counsel TO xinfang_app;

--
-- Name: TABLE reception_slots; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_slots TO xinfang_app;

--
-- Name: SEQUENCE reception_slots_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_slots_id_seq TO xinfang_app;

--
-- Name: TABLE reception_visitors; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_visitors TO xinfang_app;

--
-- Name: SEQUENCE reception_visitors_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_visitors_id_seq TO xinfang_app;

--
-- Name: TABLE reception_visits; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reception_visits TO xinfang_app;

--
-- Name: SEQUENCE reception_visits_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.reception_visits_id_seq TO xinfang_app;

--
-- Name: TABLE reference_versions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reference_versions TO xinfang_app;

--
-- Name: TABLE saved_filters; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.saved_filters TO xinfang_app;

--
-- Name: SEQUENCE saved_filters_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.saved_filters_id_seq TO xinfang_app;

--
-- Name: TABLE sessions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.sessions TO xinfang_app;

--
-- Name: TABLE staff_messages; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.staff_messages TO xinfang_app;

--
-- Name: SEQUENCE staff_messages_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.staff_messages_id_seq TO xinfang_app;

--
-- Name: TABLE stat_dirty; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE public.stat_dirty TO xinfang_app;

--
-- Name: SEQUENCE stat_dirty_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.stat_dirty_id_seq TO xinfang_app;

--
-- Name: TABLE stat_facts; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE public.stat_facts TO xinfang_app;

--
-- Name: TABLE stat_measures; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE public.stat_measures TO xinfang_app;

--
-- Name: TABLE stat_measures_months; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE public.stat_measures_months TO xinfang_app;

--
-- Name: TABLE stat_reports; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.stat_reports TO xinfang_app;

--
-- Name: SEQUENCE stat_reports_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.stat_reports_id_seq TO xinfang_app;

--
-- Name: TABLE stat_volume; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE public.stat_volume TO xinfang_app;

--
-- Name: TABLE stat_volume_months; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE public.stat_volume_months TO xinfang_app;

--
-- Name: TABLE supervisions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.supervisions TO xinfang_app;

--
-- Name: SEQUENCE supervisions_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.supervisions_id_seq TO xinfang_app;

--
-- Name: TABLE users; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.users TO xinfang_app;

--
-- Name: SEQUENCE users_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.users_id_seq TO xinfang_app;

--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE xinfang_owner IN SCHEMA public GRANT SELECT,USAGE ON SEQUENCES  TO xinfang_app;

--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE xinfang_owner IN SCHEMA public GRANT SELECT,INSERT,DELETE,UPDATE ON TABLES  TO xinfang_app;

--
-- PostgreSQL database dump complete
--
