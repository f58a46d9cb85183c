/**
 * Reading a draft from a Word file (DOCX): its headings and numbered paragraphs become the numbered parts of the
 * document (chapters, sections, clauses, sub-clauses), tables stay tables, and the file itself is kept as the
 * original. Numbers come from Word's automatic numbering or from numbers typed at the start of a paragraph.
 */
@NullMarked
package kg.omb.documents.docx;

import org.jspecify.annotations.NullMarked;
