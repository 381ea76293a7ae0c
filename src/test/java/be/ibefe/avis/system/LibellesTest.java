package be.ibefe.avis.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.ChampDonnees;
import be.ibefe.avis.dossier.SchemasDonnees;
import be.ibefe.avis.notification.Envoi;
import be.ibefe.avis.thematiques.ActionOffre;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

class LibellesTest {

    /** Every enum of the application, nested ones included. */
    private static List<Class<?>> enums() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scan.addIncludeFilter((lecteur, fabrique) -> "java.lang.Enum".equals(lecteur.getClassMetadata().getSuperClassName()));
        return scan.findCandidateComponents("be.ibefe.avis").stream()
                .map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), LibellesTest.class.getClassLoader()))
                .<Class<?>>map(c -> c).toList();
    }

    /** An enum is labelled when it carries its labels or when libelles.properties labels one of its constants. */
    private static boolean libellee(Class<?> type) {
        String prefixe = Libelles.cle(type) + ".";
        return AvecLibelle.class.isAssignableFrom(type) || Libelles.cles().stream().anyMatch(c -> c.startsWith(prefixe)
                && c.substring(prefixe.length()).matches("[A-Z0-9_]+"));
    }

    @Test
    void every_constant_of_every_labelled_enum_has_a_french_label() {
        List<Class<?>> libellees = enums().stream().filter(LibellesTest::libellee).toList();
        assertThat(libellees).contains(CategorieDemandeur.class, Envoi.Statut.class, ActionOffre.class);

        List<String> sansLibelle = new ArrayList<>();
        for (Class<?> type : libellees) {
            for (Object constante : type.getEnumConstants()) {
                String libelle = Libelles.libelle(constante);
                if (libelle.isBlank() || (libelle.equals(((Enum<?>) constante).name()) && libelle.contains("_"))
                        || (!(constante instanceof AvecLibelle) && Libelles.enumere((Enum<?>) constante).isEmpty())) {
                    sansLibelle.add(Libelles.cle(type) + "." + constante);
                }
            }
        }
        assertThat(sansLibelle).as("constants without a label in libelles.properties").isEmpty();
    }

    /** The avis types are data (their codes may come from the configuration): each carries its label. */
    @Test
    void every_avis_type_has_a_french_label() {
        assertThat(AvisType.values()).hasSize(8).allSatisfy(type -> assertThat(Libelles.libelle(type))
                .isEqualTo(type.libelle()).isNotBlank().doesNotContain("_"));
        assertThat(Libelles.libelle(AvisType.APRC)).isEqualTo("Parcours de renforcement des compétences");
    }

    @Test
    void every_code_of_the_requests_data_has_a_french_label() {
        List<String> codes = Arrays.stream(AvisType.values()).flatMap(t -> codes(SchemasDonnees.champs(t))).distinct()
                .toList();
        assertThat(codes).contains("NOUVELLE_FILIERE", "FORMATION_DE_BASE");

        assertThat(codes.stream().filter(c -> !Libelles.connu(c)).toList()).isEmpty();
        assertThat(Libelles.code("NOUVELLE_FILIERE")).isEqualTo("Nouvelle filière");
    }

    private static Stream<String> codes(List<ChampDonnees> champs) {
        return champs.stream().flatMap(c -> {
            if (c instanceof ChampDonnees.Code code) {
                return code.codes().stream();
            }
            if (c instanceof ChampDonnees.Codes codes) {
                return codes.codes().stream();
            }
            if (c instanceof ChampDonnees.Objet objet) {
                return codes(objet.champs());
            }
            return c instanceof ChampDonnees.Liste liste ? codes(liste.champs()) : Stream.empty();
        });
    }

    @Test
    void labels_of_the_codes_people_met_raw() {
        assertThat(Libelles.libelle(CategorieDemandeur.ENTREPRISE)).isEqualTo("Entreprise");
        assertThat(Libelles.libelle(be.ibefe.avis.dossier.ResultatCritere.A_VERIFIER)).isEqualTo("À vérifier");
        assertThat(Libelles.libelle(ActionOffre.MAINTENIR)).isEqualTo("Maintenir l'offre");
        assertThat(new Libelles().deploiement("SpringAutoDeployment")).isEqualTo("Déploiement automatique au démarrage");
    }

    @Test
    void nothing_is_a_dash_never_null_and_a_text_that_is_no_code_stays() {
        assertThat(Libelles.libelle(null)).isEqualTo("—");
        assertThat(Libelles.libelle(" ")).isEqualTo("—");
        assertThat(Libelles.libelle("Aide-cuisinier")).isEqualTo("Aide-cuisinier");
        assertThat(Libelles.libelle(true)).isEqualTo("oui");
    }

    @Test
    void numbers_are_written_the_french_way() {
        assertThat(Libelles.nombre(944.0)).isEqualTo("944");
        assertThat(Libelles.nombre(1234.5)).isEqualTo("1\u202F234,5");
        assertThat(Libelles.nombre(new BigDecimal("1234567.891"))).isEqualTo("1\u202F234\u202F567,89");
        assertThat(Libelles.nombre(0.125)).isEqualTo("0,13");
        assertThat(new Libelles().jours(944.0)).isEqualTo("944\u00A0j");
        assertThat(new Libelles().jours(null)).isEqualTo("—");
    }
}
