/**
 * Uploaded files: a content-addressed {@link kg.omb.files.FileStore store} (SHA-256 keys), validation of every
 * upload by its content (size, type, zip bombs), text extraction for search, and downloads with access checks.
 * Other modules call {@link kg.omb.files.StoredFiles} and may grant access through a
 * {@link kg.omb.files.FileAccessPolicy}.
 */
@ApplicationModule(displayName = "Files")
@NullMarked
package kg.omb.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
