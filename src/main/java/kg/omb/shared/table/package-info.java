/**
 * Tables in and out, one row at a time: CSV (UTF-8, comma or semicolon) and XLSX (first sheet; read with POI's
 * event API, written with its streaming workbook), so that files of many thousands of rows need little memory.
 */
@NullMarked
package kg.omb.shared.table;

import org.jspecify.annotations.NullMarked;
