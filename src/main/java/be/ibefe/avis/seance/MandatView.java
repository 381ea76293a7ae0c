package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import java.time.LocalDate;

public record MandatView(Long id, String membre, String nom, Chambre chambre, String qualite,
        boolean voixDeliberative, String organisation, String organisationBce, LocalDate debut, LocalDate fin) {

    static MandatView de(Mandat m) {
        return new MandatView(m.getId(), m.getMembre(), m.getNom(), m.getChambre(), m.getQualite(),
                m.isVoixDeliberative(), m.getOrganisation(), m.getOrganisationBce(), m.getDebut(), m.getFin());
    }
}
