CREATE TABLE "meeting_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"is_study" boolean DEFAULT false NOT NULL,
	"study_material" text DEFAULT '' NOT NULL,
	"presenter" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_invitees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid,
	"user_id" uuid,
	"name" text NOT NULL,
	"affiliation" text DEFAULT '' NOT NULL,
	"role" text DEFAULT 'attendee' NOT NULL,
	"attendance" text DEFAULT 'invited' NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"check_in_method" text,
	"notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_leave_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"invitee_id" uuid NOT NULL,
	"member_id" uuid,
	"requested_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"approver_id" uuid NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"comment" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_minutes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"due_on" date,
	"approved_at" timestamp with time zone,
	"approved_by" uuid
);
--> statement-breakpoint
CREATE TABLE "meeting_speeches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid,
	"speaker_name" text NOT NULL,
	"mode" text DEFAULT 'oral' NOT NULL,
	"title" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "meeting_vote_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"vote_id" uuid NOT NULL,
	"invitee_id" uuid NOT NULL,
	"item_index" integer NOT NULL,
	"choice" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "meeting_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"method" text DEFAULT 'tally' NOT NULL,
	"rule" text DEFAULT 'majorityOfAll' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"entitled" integer,
	"present" integer,
	"quorum" boolean,
	"counted_at" timestamp with time zone,
	"counted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" integer,
	"plenary_session_id" uuid,
	"committee_id" uuid,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"venue" text DEFAULT '' NOT NULL,
	"host" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"leave_approver_id" uuid,
	"check_in_token" text NOT NULL,
	"notice_sent_at" timestamp with time zone,
	"held_at" timestamp with time zone,
	"minutes_due_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitees" ADD CONSTRAINT "meeting_invitees_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitees" ADD CONSTRAINT "meeting_invitees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitees" ADD CONSTRAINT "meeting_invitees_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_leave_requests" ADD CONSTRAINT "meeting_leave_requests_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_leave_requests" ADD CONSTRAINT "meeting_leave_requests_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_leave_requests" ADD CONSTRAINT "meeting_leave_requests_invitee_id_meeting_invitees_id_fk" FOREIGN KEY ("invitee_id") REFERENCES "public"."meeting_invitees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_speeches" ADD CONSTRAINT "meeting_speeches_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_speeches" ADD CONSTRAINT "meeting_speeches_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_speeches" ADD CONSTRAINT "meeting_speeches_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_vote_ballots" ADD CONSTRAINT "meeting_vote_ballots_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_vote_ballots" ADD CONSTRAINT "meeting_vote_ballots_vote_id_meeting_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."meeting_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_vote_ballots" ADD CONSTRAINT "meeting_vote_ballots_invitee_id_meeting_invitees_id_fk" FOREIGN KEY ("invitee_id") REFERENCES "public"."meeting_invitees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_votes" ADD CONSTRAINT "meeting_votes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_votes" ADD CONSTRAINT "meeting_votes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_plenary_session_id_plenary_sessions_id_fk" FOREIGN KEY ("plenary_session_id") REFERENCES "public"."plenary_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_agenda_items_meeting_id_position_index" ON "meeting_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meeting_invitees_meeting_id_index" ON "meeting_invitees" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_invitees_member_id_index" ON "meeting_invitees" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitees_member_unique" ON "meeting_invitees" USING btree ("meeting_id","member_id") WHERE "meeting_invitees"."member_id" is not null and "meeting_invitees"."archived_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitees_user_unique" ON "meeting_invitees" USING btree ("meeting_id","user_id") WHERE "meeting_invitees"."user_id" is not null and "meeting_invitees"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "meeting_leave_requests_meeting_id_index" ON "meeting_leave_requests" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_leave_requests_approver_id_status_index" ON "meeting_leave_requests" USING btree ("approver_id","status");--> statement-breakpoint
CREATE INDEX "meeting_leave_requests_member_id_index" ON "meeting_leave_requests" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_minutes_meeting_id_index" ON "meeting_minutes" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_speeches_meeting_id_index" ON "meeting_speeches" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_speeches_member_id_index" ON "meeting_speeches" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_vote_ballots_vote_id_invitee_id_item_index_index" ON "meeting_vote_ballots" USING btree ("vote_id","invitee_id","item_index");--> statement-breakpoint
CREATE INDEX "meeting_votes_meeting_id_index" ON "meeting_votes" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_org_id_starts_at_index" ON "meetings" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_org_id_kind_starts_at_index" ON "meetings" USING btree ("org_id","kind","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_check_in_token_index" ON "meetings" USING btree ("check_in_token");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_number_unique" ON "meetings" USING btree ("org_id","term_id","kind","number") WHERE "meetings"."number" is not null and "meetings"."archived_at" is null;