/**
 * PDFs made from Thymeleaf templates (minutes, certificates, statements, exported tables), with DejaVu fonts
 * embedded so that Kyrgyz letters (ң ө ү) and Cyrillic render everywhere.
 */
@NullMarked
package kg.omb.shared.pdf;

import org.jspecify.annotations.NullMarked;
