@testable import SluiceText
import Testing

struct BoilerplateStructureTests {
    @Test(arguments: [
        "Šport / Hokej / MS v hokeji 2022",
        "Home > World > Europe",
        "Uutiset › Ulkomaat › Kaukasia",
    ])
    func breadcrumbs_areNavigation(_ line: String) {
        #expect(BoilerplateStructure.reason(line) == .navigation)
    }

    @Test(arguments: ["By Reuters Staff", "di Marco Bellandi", "Eftir Jón Jónsson", "Teksts: Anna Kalniņa", "Текст: Иван Петров", "Nga Redaksia Online", "Por Juan García y Ana López", "Reportagem: Ana Carolina Duarte, do Rio", "By Jane Doe in Moscow", "Von Anna Müller, dpa", "Par Marie Dupont avec AFP", "Jane Doe, Reuters", "Ola Nordmann, NTB"])
    func bylines_areTemplate(_ line: String) {
        #expect(BoilerplateStructure.reason(line) == .template)
    }

    @Test(arguments: ["Von der Leyen warns Moscow", "By the end of the war, Karabakh was divided.", "Da Putin a Erdogan in Sochi", "Putin, Erdogan and Aliyev, AP", "Moscow denied it, said Reuters", "De Gaulle and the Caucasus: a forgotten chapter of French policy"])
    func sentencesStartingWithBylineWords_areKept(_ line: String) {
        #expect(BoilerplateStructure.reason(line) == nil)
    }

    @Test(arguments: [
        "Updated 2 min ago", "Oppdatert 28. september 2023 kl. 11:40", "Ultimo aggiornamento: 12/10/2020 alle 18:30",
        "Päivitetty 10.11.2020 klo 17.40", "Atualizado há 2 horas", "Обновлено 30.01.2021 14:22", "Son güncelleme: 7 Kasım 2020", "Aktualizacja: 12.03.2023 18:45", "Aktualisiert am 12.03.2023, 18:45 Uhr", "Mis à jour le 12/03/2023 à 18:45",
    ])
    func updateStamps_areTemplate(_ line: String) {
        #expect(BoilerplateStructure.reason(line) == .template)
    }

    @Test(arguments: [
        "Updated figures show the economy grew 2 percent.", "Oppdatert informasjon kommer senere",
        "Güncelleme sonrası 3 milyon kullanıcı etkilendi ve şirket sonunda kullanıcılardan özür diledi",
        "Publisert 10.11.2020, kl. 07.12",
    ])
    func sentencesAndPublicationStamps_areNotUpdateStamps(_ line: String) {
        #expect(BoilerplateStructure.reason(line) == nil)
    }

    @Test func aLongSentenceEndingInButtons_isTemplate() {
        let line = "Við notum vefkökur til að bæta upplifun þína á vefnum og til að greina umferð um hann. Samþykkja allar | Stillingar"
        #expect(BoilerplateStructure.reason(line) == .template)
    }

    @Test(arguments: [
        "Krigen raser | VG",
        "Putin og Macron ber om full stans i kamphandlinger i Nagorno-Karabakh | VG",
        "Putin og Macron ber om full stans i kamphandlinger",
        "Foto: LUDOVIC MARIN / AFP",
        "Armenia and Azerbaijan agreed on a ceasefire / truce in Moscow after ten hours of talks, Lavrov said.",
        "Russia / Turkey: a difficult partnership",
    ])
    func headlinesAndProse_areNotTouched(_ line: String) {
        #expect(BoilerplateStructure.reason(line) == nil)
    }

    @Test(arguments: [
        "Muallif: Alisher Karimov", "Հեղինակ՝ Արամ Պետրոսյան", "ავტორი: გიორგი ბერიძე", "Per Joan Garcia i Pere Puig",
        "Actualitzat: 12.10.2024 14:30", "Жаңартылды: 12.10.2024, 14:30", "Yangilandi 12.10.2024 14:30", "Ажурирана: 12.10.2024",
        "Jane Doe, Kazinform", "Asan Asanov, Kabar",
    ])
    func bylinesUpdateStampsAndAgencies_inMoreLanguages_areTemplate(_ line: String) {
        #expect(BoilerplateStructure.reason(line) == .template)
    }

    @Test(arguments: [
        "Per Mosca la guerra non è finita, ha detto il portavoce.", "Per Olsen sier at regjeringen må handle raskt.",
        "Actualitzat el pla de pau, el govern de Bakú ho celebra amb 3 actes.", "Muallif kitobni 2020 yilda yozgan edi.",
        "ავტორი ამბობს რომ ომი დასრულდა",
    ])
    func sentencesStartingWithTheNewMarkers_areKept(_ line: String) {
        #expect(BoilerplateStructure.reason(line) == nil)
    }
}
