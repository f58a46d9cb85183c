/**
 * Import and export of the directory's open data (education organisations; the classifier of groups, directions
 * and specialties) as CSV and XLSX: files checked row by row before anything is written, imported in one
 * transaction in the background with progress any node can show, and exported as streams in the same columns, so
 * that an exported file imports back unchanged.
 */
@NullMarked
package kg.omb.directory.transfer;

import org.jspecify.annotations.NullMarked;
