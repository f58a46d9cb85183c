/**
 * Web infrastructure every module's pages use: languages, layout support, error pages.
 */
@NullMarked
package kg.omb.shared.web;

import org.jspecify.annotations.NullMarked;
