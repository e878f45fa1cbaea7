CREATE TABLE "work_plan_task_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "work_plan_task_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"noted_on" date NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"author_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"section" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_committee_id" uuid,
	"owner_name" text DEFAULT '' NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'notStarted' NOT NULL,
	"completed_on" date,
	"search_vector" "tsvector"
);
--> statement-breakpoint
CREATE TABLE "work_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector"
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"organizer_committee_id" uuid,
	"organizer_name" text DEFAULT '' NOT NULL,
	"party_branch" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"place" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"training" jsonb,
	"status" text DEFAULT 'planned' NOT NULL,
	"is_major" boolean DEFAULT false NOT NULL,
	"work_plan_task_id" uuid,
	"search_vector" "tsvector"
);
--> statement-breakpoint
CREATE TABLE "activity_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"member_id" uuid,
	"user_id" uuid,
	"role" text DEFAULT 'participant' NOT NULL,
	"attendance" text DEFAULT 'present' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"org_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"sent_on" date,
	"addressee" text DEFAULT '' NOT NULL,
	"decision_on" date,
	"outcome" text,
	"document_no" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector"
);
--> statement-breakpoint
CREATE TABLE "request_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"meeting_id" uuid,
	"activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_links_one_target" CHECK (num_nonnulls("request_links"."meeting_id", "request_links"."activity_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "work_plan_task_meetings" ADD CONSTRAINT "work_plan_task_meetings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_task_meetings" ADD CONSTRAINT "work_plan_task_meetings_task_id_work_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."work_plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_task_notes" ADD CONSTRAINT "work_plan_task_notes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_task_notes" ADD CONSTRAINT "work_plan_task_notes_task_id_work_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."work_plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_tasks" ADD CONSTRAINT "work_plan_tasks_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_tasks" ADD CONSTRAINT "work_plan_tasks_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_tasks" ADD CONSTRAINT "work_plan_tasks_owner_committee_id_committees_id_fk" FOREIGN KEY ("owner_committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organizer_committee_id_committees_id_fk" FOREIGN KEY ("organizer_committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_work_plan_task_id_work_plan_tasks_id_fk" FOREIGN KEY ("work_plan_task_id") REFERENCES "public"."work_plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_requests" ADD CONSTRAINT "party_requests_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_links" ADD CONSTRAINT "request_links_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_links" ADD CONSTRAINT "request_links_request_id_party_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."party_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_links" ADD CONSTRAINT "request_links_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "work_plan_task_meetings_task_id_index" ON "work_plan_task_meetings" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "work_plan_task_meetings_meeting_id_index" ON "work_plan_task_meetings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "work_plan_task_notes_task_id_created_at_index" ON "work_plan_task_notes" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "work_plan_tasks_org_id_plan_id_sort_order_index" ON "work_plan_tasks" USING btree ("org_id","plan_id","sort_order");--> statement-breakpoint
CREATE INDEX "work_plan_tasks_org_id_due_on_index" ON "work_plan_tasks" USING btree ("org_id","due_on");--> statement-breakpoint
CREATE INDEX "work_plan_tasks_search_vector_index" ON "work_plan_tasks" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "work_plans_org_id_year_index" ON "work_plans" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "work_plans_search_vector_index" ON "work_plans" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "activities_org_id_kind_starts_on_index" ON "activities" USING btree ("org_id","kind","starts_on");--> statement-breakpoint
CREATE INDEX "activities_org_id_starts_on_index" ON "activities" USING btree ("org_id","starts_on");--> statement-breakpoint
CREATE INDEX "activities_work_plan_task_id_index" ON "activities" USING btree ("work_plan_task_id");--> statement-breakpoint
CREATE INDEX "activities_search_vector_index" ON "activities" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_participants_activity_id_member_id_index" ON "activity_participants" USING btree ("activity_id","member_id") WHERE "activity_participants"."member_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_participants_activity_id_user_id_index" ON "activity_participants" USING btree ("activity_id","user_id") WHERE "activity_participants"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "activity_participants_member_id_index" ON "activity_participants" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "activity_participants_user_id_index" ON "activity_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "party_requests_org_id_sent_on_index" ON "party_requests" USING btree ("org_id","sent_on");--> statement-breakpoint
CREATE INDEX "party_requests_org_id_kind_subject_index" ON "party_requests" USING btree ("org_id","kind","subject");--> statement-breakpoint
CREATE INDEX "party_requests_search_vector_index" ON "party_requests" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "request_links_request_id_index" ON "request_links" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_links_meeting_id_index" ON "request_links" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "request_links_activity_id_index" ON "request_links" USING btree ("activity_id");