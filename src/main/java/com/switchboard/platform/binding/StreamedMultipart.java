package com.switchboard.platform.binding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method: a {@code multipart/form-data} body is left unread by {@link ParamsFilter} for the method to
 * stream through {@link MultipartForm} (only the query string is bound beforehand). Every other endpoint refuses
 * multipart bodies as before.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StreamedMultipart {
}
