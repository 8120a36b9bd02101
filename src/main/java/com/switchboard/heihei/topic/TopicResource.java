package com.switchboard.heihei.topic;

import com.switchboard.heihei.topic.TopicRequests.CreateSubject;
import com.switchboard.heihei.topic.TopicRequests.ReplySubject;
import com.switchboard.heihei.topic.TopicRequests.Retitle;
import com.switchboard.heihei.topic.TopicRequests.SubjectPage;
import com.switchboard.heihei.topic.TopicRequests.SubjectRef;
import com.switchboard.heihei.topic.TopicRequests.TopicDetail;
import com.switchboard.heihei.topic.TopicRequests.TopicPage;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.switchboard.platform.wire.HeiheiDialect.ok;

/** heihei topics and voice subjects (heihei.md §5, HH-TOPIC-01..09). */
@Path("api/topic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei topics", description = "heihei.md §5")
public class TopicResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    Topics topics;
    @Inject
    Subjects subjects;
    @Inject
    TopicViews views;

    /** HH-TOPIC-01 Topic list. */
    @POST
    @Path("topic-list")
    @Operation(summary = "HH-TOPIC-01 Topic list", description = "Pinned topics first, 20 a page (offset = topics "
            + "already loaded; the reply's offset is the next one); dueChat (the zone and its latest posters) at "
            + "offset 0 only.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicPage.class)))
    public JsonObject topicList() {
        TopicPage r = params.bind(TopicPage.class);
        long caller = callers.userId(r.token());
        List<Topic> page = topics.page(r.offset());
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        page.forEach(t -> list.add(views.topic(t)));
        var reply = ok().add("topics", list).add("pageSize", Topics.TOPIC_PAGE).add("offset", r.offset() + page.size());
        if (r.offset() == 0) {
            topics.dueChatZone().ifPresent(zone -> reply.add("dueChat", Jsons.createObjectBuilder()
                    .add("topic", views.topic(zone)).add("users", views.active(caller, topics.activeIn(zone.id())))));
        }
        return reply.build();
    }

    /** HH-TOPIC-02 Topic detail. */
    @POST
    @Path("topic-detail")
    @Operation(summary = "HH-TOPIC-02 Topic detail", description = "Top-level subjects, type 0 hot (likes + "
            + "replies + listens, then newest) or 1 newest first, 10 a page, each with its first replies; 100 "
            + "unknown topic.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicDetail.class)))
    public JsonObject topicDetail() {
        TopicDetail r = params.bind(TopicDetail.class);
        long caller = callers.userId(r.token());
        Topic topic = topics.topic(r.topicId());
        List<Subject> page = topics.subjects(topic.id(), r.type() == 0, r.offset());
        Map<Integer, List<Subject>> previews = topics.previews(page);
        List<Subject> shown = new ArrayList<>(page);
        previews.values().forEach(shown::addAll);
        Set<Integer> liked = topics.likedAmong(caller, shown.stream().map(Subject::id).toList());
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Subject s : page) {
            JsonArrayBuilder replies = Jsons.createArrayBuilder();
            previews.get(s.id()).forEach(p -> replies.add(views.subject(p, liked.contains(p.id()))));
            list.add(views.subject(s, liked.contains(s.id())).add("replies", replies));
        }
        return ok().add("topic", views.topic(topic)).add("users", views.users(caller, people(shown)))
                .add("pageSize", Topics.SUBJECT_PAGE).add("offset", r.offset() + page.size())
                .add("subjects", list).build();
    }

    /** HH-TOPIC-03 Get one subject. */
    @POST
    @Path("get-subject")
    @Operation(summary = "HH-TOPIC-03 Get one subject", description = "A subject or a reply; 100 unknown.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectRef.class)))
    public JsonObject getSubject() {
        SubjectRef r = params.bind(SubjectRef.class);
        long caller = callers.userId(r.token());
        return one(caller, topics.subject(r.subjectId()));
    }

    /** HH-TOPIC-04 Create subject. */
    @POST
    @Path("create-subject")
    @Operation(summary = "HH-TOPIC-04 Create subject", description = "A voice subject from an HH-UPLOAD-01 sign "
            + "(module record): 102 unless the sign is the caller's, unused and uploaded; 100 unknown topic.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateSubject.class)))
    public JsonObject createSubject() {
        CreateSubject r = params.bind(CreateSubject.class);
        long caller = callers.userId(r.token());
        return one(caller, subjects.create(caller, r.topicId(), r.sign(), r.samples(), r.title(), r.length()));
    }

    /** HH-TOPIC-05 Reply to a subject. */
    @POST
    @Path("reply-subject")
    @Operation(summary = "HH-TOPIC-05 Reply to a subject", description = "A voice reply (sign as HH-TOPIC-04; "
            + "title and length optional); the top-level subject's and the topic's replyCount rise; 100, 102.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplySubject.class)))
    public JsonObject replySubject() {
        ReplySubject r = params.bind(ReplySubject.class);
        long caller = callers.userId(r.token());
        return one(caller, subjects.reply(caller, r.subjectId(), r.sign(), r.samples(), r.title(),
                r.length() == null ? 0 : r.length()));
    }

    /** HH-TOPIC-06 Edit subject title. */
    @POST
    @Path("update-subject")
    @Operation(summary = "HH-TOPIC-06 Edit subject title", description = "The creator only (711); 100 unknown.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Retitle.class)))
    public JsonObject updateSubject() {
        Retitle r = params.bind(Retitle.class);
        long caller = callers.userId(r.token());
        return one(caller, subjects.retitle(caller, r.subjectId(), r.title()));
    }

    /** HH-TOPIC-07 Listen to a subject. */
    @POST
    @Path("listen-subject")
    @Operation(summary = "HH-TOPIC-07 Listen to a subject", description = "Counts a play of the subject and its "
            + "topic; 100 unknown.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectRef.class)))
    public JsonObject listenSubject() {
        SubjectRef r = params.bind(SubjectRef.class);
        callers.userId(r.token());
        return counts(subjects.listen(r.subjectId()));
    }

    /** HH-TOPIC-08 Like a subject. */
    @POST
    @Path("like-subject")
    @Operation(summary = "HH-TOPIC-08 Like a subject", description = "One like per user (a repeat changes "
            + "nothing); the author gets an IM sysnotify with a jump to the topic; 100 unknown.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectRef.class)))
    public JsonObject likeSubject() {
        SubjectRef r = params.bind(SubjectRef.class);
        return counts(subjects.like(callers.userId(r.token()), r.subjectId()));
    }

    /** HH-TOPIC-09 Subject detail. */
    @POST
    @Path("subject-detail")
    @Operation(summary = "HH-TOPIC-09 Subject detail", description = "The subject and its topic with shareInfo, "
            + "replys oldest first, 20 a page (offset = replies already loaded); 100 unknown.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectPage.class)))
    public JsonObject subjectDetail() {
        SubjectPage r = params.bind(SubjectPage.class);
        long caller = callers.userId(r.token());
        Subject subject = topics.subject(r.subjectId());
        Topic topic = topics.topic(subject.topicId());
        List<Subject> replies = subject.mainSubjectId() == 0
                ? topics.replies(subject.id(), r.offset(), Topics.REPLY_PAGE) : List.of();
        List<Subject> shown = new ArrayList<>(replies);
        shown.add(subject);
        Set<Integer> liked = topics.likedAmong(caller, shown.stream().map(Subject::id).toList());
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        replies.forEach(s -> list.add(views.subject(s, liked.contains(s.id()))));
        return ok().add("topic", views.topic(topic).add("shareInfo", views.topicShare(topic)))
                .add("subject", views.subject(subject, liked.contains(subject.id()))
                        .add("shareInfo", views.subjectShare(subject, topic)))
                .add("pageSize", Topics.REPLY_PAGE).add("offset", r.offset() + replies.size()).add("replys", list)
                .add("users", views.users(caller, people(shown))).build();
    }

    private JsonObject one(long caller, Subject s) {
        boolean liked = topics.likedAmong(caller, List.of(s.id())).contains(s.id());
        return ok().add("subject", views.subject(s, liked)).add("users", views.users(caller, people(List.of(s))))
                .build();
    }

    private JsonObject counts(Subjects.Counts c) {
        return ok().add("subjectCountings", views.subjectCountings(c.subject()).add("subjectId", c.subject().id()))
                .add("topicCountings", views.topicCountings(c.topic()).add("topicId", c.topic().id())).build();
    }

    /** Every creator and answered user the subjects name. */
    private static Set<Long> people(List<Subject> subjects) {
        Set<Long> ids = new HashSet<>();
        for (Subject s : subjects) {
            ids.add(s.creatorId());
            if (s.replyUserId() != 0) {
                ids.add(s.replyUserId());
            }
        }
        return ids;
    }
}
