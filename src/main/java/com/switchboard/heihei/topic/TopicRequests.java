package com.switchboard.heihei.topic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** HH-TOPIC-01..13 parameters (heihei.md §5), merged from query, form and JSON (multipart for HH-TOPIC-11). */
public final class TopicRequests {
    static final int MAX_OFFSET = 100_000;

    private TopicRequests() {
    }

    public record TopicPage(@Size(max = 128) String token, @NotNull @Min(0) @Max(MAX_OFFSET) Integer offset) {
    }

    /** HH-TOPIC-02: {@code type} 0 hot, 1 new. */
    public record TopicDetail(@Size(max = 128) String token, @NotNull @Min(0) @Max(1) Integer type,
                              @NotNull @Min(0) @Max(MAX_OFFSET) Integer offset, @NotNull Integer topicId) {
    }

    public record SubjectRef(@Size(max = 128) String token, @NotNull Integer subjectId) {
    }

    public record SubjectPage(@Size(max = 128) String token, @NotNull Integer subjectId,
                              @NotNull @Min(0) @Max(MAX_OFFSET) Integer offset) {
    }

    public record CreateSubject(@Size(max = 128) String token, @NotNull Integer topicId,
                                @NotBlank @Size(max = 64) String sign, @NotBlank @Size(max = 4096) String samples,
                                @NotNull @Size(max = 128) String title, @NotNull Integer length) {
    }

    /** HH-TOPIC-05; {@code title} and {@code length} optional (Proposed). */
    public record ReplySubject(@Size(max = 128) String token, @NotNull Integer subjectId,
                               @NotBlank @Size(max = 64) String sign, @NotBlank @Size(max = 4096) String samples,
                               @Size(max = 128) String title, Integer length) {
    }

    public record Retitle(@Size(max = 128) String token, @NotNull Integer subjectId,
                          @NotNull @Size(max = 128) String title) {
    }

    /** HH-TOPIC-10: {@code score} 0 = the latest page, else the last record's score. */
    public record RecordFeed(@Size(max = 128) String token, @NotNull @Min(0) Long score) {
    }

    public record RecordRef(@Size(max = 128) String token, @NotNull Integer recordId) {
    }

    /** HH-TOPIC-11's text fields (the file is streamed apart). */
    public record RecordUpload(@Size(max = 128) String token, @NotBlank @Size(max = 128) String fileName,
                               @NotBlank @Size(max = 64) String fileMd5, @NotNull Integer recordLength) {
    }
}
