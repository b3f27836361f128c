namespace Loket.Bench.Scale;

/// <summary>Names and phrases for generated rows, so searches and page sizes look like a real register.</summary>
internal static class DutchWords
{
    public static readonly string[] Municipalities =
    [
        "Leiden", "Leiderdorp", "Alphen aan den Rijn", "Leidschendam-Voorburg", "'s-Hertogenbosch", "Utrecht", "Amersfoort", "Zwolle",
        "Deventer", "Apeldoorn", "Arnhem", "Nijmegen", "Ede", "Wageningen", "Breda", "Tilburg", "Eindhoven", "Helmond", "Venlo", "Roermond",
        "Maastricht", "Heerlen", "Sittard-Geleen", "Middelburg", "Vlissingen", "Goes", "Dordrecht", "Gouda", "Delft", "Zoetermeer",
        "Westland", "Schiedam", "Vlaardingen", "Haarlem", "Haarlemmermeer", "Zaanstad", "Purmerend", "Alkmaar", "Hoorn", "Den Helder",
        "Lelystad", "Almere", "Emmen", "Assen", "Groningen", "Leeuwarden", "Heerenveen", "Sneek", "Hengelo", "Enschede",
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Sanne", "Fleur", "Lotte", "Emma", "Sophie", "Julia", "Lisa", "Eva", "Noor", "Iris", "Femke", "Marieke", "Ingrid", "Fatima",
        "Yasmina", "Priya", "Mila", "Saskia", "Wilma", "Jan", "Pieter", "Kees", "Daan", "Bram", "Lucas", "Thijs", "Ruben", "Sem", "Mohamed",
        "Youssef", "Mehmet", "Joost", "Hendrik", "Willem", "Gerrit", "Sander", "Niels", "Koen", "Arjen",
    ];

    public static readonly string[] Surnames =
    [
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
        "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
        "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "Yilmaz", "El Amrani", "Bouzid", "Kaya",
    ];

    public static readonly string[] Organisations =
    [
        "Bouwbedrijf Van Wijk", "Ingenieursbureau Rijnland", "Adviesbureau Groen & Partners", "Woningcorporatie Stek", "Aannemer De Zwaluw",
        "Stichting Sportpark Noord", "ICT Diensten Holland", "Schoonmaakbedrijf Glans", "Projectontwikkelaar Waterfront", "Notariskantoor Pels",
        "Drukkerij Hoekstra", "Cateraar Smaakvol", "Evenementenbureau Feest", "Accountants Van Rijn", "Advocatenkantoor Meesters",
        "Energiecoöperatie Zon op Dak", "Voetbalvereniging VV Oranje", "Muziekschool De Klank", "Vereniging Dorpsbelang", "Bibliotheek Rijn en Veen",
    ];

    public static readonly string[] GiftSubjects =
    [
        "Fles wijn", "Kerstpakket", "Bos bloemen", "Boek over de stadsgeschiedenis", "Lunch aangeboden", "Cadeaubon", "Doos bonbons",
        "Relatiegeschenk (pen en agenda)", "Kaartjes voor een concert", "Taart voor het team", "Fles whisky", "Korting op een fiets",
    ];

    public static readonly string[] InvitationSubjects =
    [
        "Diner na oplevering", "Nieuwjaarsreceptie", "Congres over duurzaam bouwen", "Studiereis naar Kopenhagen", "Voetbalwedstrijd in de skybox",
        "Opening van het nieuwe kantoor", "Netwerkborrel", "Golfdag met leveranciers", "Symposium omgevingswet", "Zeildag met de aannemer",
    ];

    public static readonly string[] SideActivitySubjects =
    [
        "Bestuurslid sportvereniging", "Docent aan de hogeschool", "Eigen adviesbureau", "Penningmeester van de buurtvereniging",
        "Lid raad van toezicht zorginstelling", "Vrijwilliger bij de voedselbank", "Scheidsrechter bij de KNVB", "Fotograaf op bruiloften",
    ];

    public static readonly string[] Roles = ["voorzitter", "penningmeester", "secretaris", "docent", "adviseur", "eigenaar", "lid", "vrijwilliger"];

    public static readonly string[] FinancialSubjects =
    [
        "Aandelen in een bouwbedrijf", "Obligaties van een netbeheerder", "Eigendom van een bedrijfspand", "Lening aan een projectontwikkelaar",
        "Belang in een familiebedrijf", "Beleggingsfonds vastgoed",
    ];

    public static readonly string[] RelationshipSubjects =
    [
        "Relatie met een collega op dezelfde afdeling", "Partner werkt bij een leverancier", "Broer is wethouder", "Vriendschap met een aannemer",
        "Partner is leidinggevende", "Zus werkt bij de omgevingsdienst",
    ];

    public static readonly string[] CircumstanceSubjects =
    [
        "Schulden na echtscheiding", "Beslag op loon", "Huisgenoot verdacht van een misdrijf", "Lening aan een collega",
        "Inval in de woning van een familielid", "Betalingsachterstand hypotheek",
    ];

    public static T Pick<T>(this Random random, T[] values) => values[random.Next(values.Length)];
}
