CREATE TABLE "institution_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"effective_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"doc_number" text DEFAULT '' NOT NULL,
	"issuing_body" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"repealed_on" date,
	"current_version_no" integer DEFAULT 0 NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector"
);
--> statement-breakpoint
CREATE TABLE "venue_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"venue_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"booked_for_kind" text NOT NULL,
	"booked_for_id" uuid,
	"booked_for_name" text DEFAULT '' NOT NULL,
	"purpose" text NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	CONSTRAINT "venue_bookings_interval" CHECK ("venue_bookings"."ends_at" > "venue_bookings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"capacity" integer,
	"equipment" text[] DEFAULT '{}'::text[] NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"member_id" uuid,
	"nominee_name" text DEFAULT '' NOT NULL,
	"nominee_detail" text DEFAULT '' NOT NULL,
	"decision_meeting_label" text DEFAULT '' NOT NULL,
	"meeting_id" uuid,
	"decided_on" date NOT NULL,
	"decision_doc_number" text DEFAULT '' NOT NULL,
	"citation" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector"
);
--> statement-breakpoint
ALTER TABLE "institution_versions" ADD CONSTRAINT "institution_versions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_versions" ADD CONSTRAINT "institution_versions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_bookings" ADD CONSTRAINT "venue_bookings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_bookings" ADD CONSTRAINT "venue_bookings_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "institution_versions_institution_id_version_no_index" ON "institution_versions" USING btree ("institution_id","version_no");--> statement-breakpoint
CREATE INDEX "institutions_org_id_status_effective_on_index" ON "institutions" USING btree ("org_id","status","effective_on");--> statement-breakpoint
CREATE INDEX "institutions_org_id_kind_index" ON "institutions" USING btree ("org_id","kind");--> statement-breakpoint
CREATE INDEX "institutions_search_vector_index" ON "institutions" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "venue_bookings_venue_id_starts_at_index" ON "venue_bookings" USING btree ("venue_id","starts_at");--> statement-breakpoint
CREATE INDEX "venue_bookings_org_id_starts_at_index" ON "venue_bookings" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "venues_org_id_active_index" ON "venues" USING btree ("org_id","active");--> statement-breakpoint
CREATE INDEX "commendations_org_id_year_category_index" ON "commendations" USING btree ("org_id","year","category");--> statement-breakpoint
CREATE INDEX "commendations_member_id_index" ON "commendations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "commendations_search_vector_index" ON "commendations" USING gin ("search_vector");--> statement-breakpoint
-- Institution versions are append-only: a correction is a new version, never an edit.
CREATE OR REPLACE FUNCTION institution_versions_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'institution_versions is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER institution_versions_no_update BEFORE UPDATE OR DELETE ON institution_versions
  FOR EACH ROW EXECUTE FUNCTION institution_versions_immutable();
