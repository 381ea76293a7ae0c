package be.ibefe.avis.regleslocales;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperateurAleReconnuRepository extends JpaRepository<OperateurAleReconnu, Long> {

    List<OperateurAleReconnu> findByBassinOrderByNom(String bassin);
}
