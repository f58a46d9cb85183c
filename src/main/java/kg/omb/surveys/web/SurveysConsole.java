package kg.omb.surveys.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the controllers of the surveys pages, for their advice. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface SurveysConsole {
}
