package be.ibefe.avis.documents;

import java.time.Instant;

public record DocumentView(Long id, String nom, String typeContenu, long taille, String empreinte,
        String deposePar, Instant deposeLe) {

    static DocumentView de(Document d) {
        return new DocumentView(d.getId(), d.getNom(), d.getTypeContenu(), d.getTaille(), d.getEmpreinte(),
                d.getDeposePar(), d.getDeposeLe());
    }
}
