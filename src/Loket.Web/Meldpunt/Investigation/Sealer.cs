namespace Loket.Web.Meldpunt.Investigation;

/// <summary>
/// Seals a text of one case for a row and a field (CaseCrypto with the case's own key, bound to both),
/// so the aggregate stores only ciphertext and never holds a key.
/// </summary>
public delegate byte[] Sealer(Guid row, string field, string text);
