package be.ibefe.avis.dossier;

import java.time.Instant;

/** A comment as the pages show it: who, when, from which task, what. */
public record CommentaireView(String auteur, Instant le, String tache, String texte) {
}
