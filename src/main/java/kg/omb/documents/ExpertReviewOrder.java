package kg.omb.documents;

import java.time.LocalDate;

import kg.omb.review.ReviewMode;

/** How the chair or secretary asks for the expert review of a document: how many reviewers, the mode, deadlines. */
public record ExpertReviewOrder(int reviewers, ReviewMode mode, LocalDate answerBy, LocalDate submitBy) {
}
