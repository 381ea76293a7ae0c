package be.ibefe.avis.thematiques;

/**
 * The recommendations of the thématiques communes under the four headings the Instances use (seed 000 l.272):
 * orientation and promotion of the métiers, adaptation of the offer, stages and alternance, equipment and resources.
 */
public record Recommandations(String orientation, String adaptationOffre, String stagesAlternance, String equipement) {
}
