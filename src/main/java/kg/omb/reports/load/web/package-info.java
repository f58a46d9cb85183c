@NullMarked
package kg.omb.reports.load.web;

import org.jspecify.annotations.NullMarked;
