using Loket.Web.Audit;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Mail;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// Tells every desk that someone is guessing receipt codes on a large scale: a mail to the desk's
/// address, once per wave. The wave is recorded (<see cref="GuessingAlert"/>) so another node that
/// sees the same wave, or a wave that goes on, sends nothing twice. The mail says what happens and what
/// the product does about it; it names no address, code or case (there is none: the codes were wrong).
/// </summary>
public sealed class GuessingWaveAlert(LoketDbContext db, CurrentActor actor, Mailer mailer, TimeProvider time, ILogger<GuessingWaveAlert> logger)
{
    public async Task RaiseAsync(int failures, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        try
        {
            if (await db.GuessingAlerts.AnyAsync(a => a.At > now - window, cancellationToken))
            {
                return;
            }

            actor.Set(null, "bewaking ontvangstcodes");
            db.GuessingAlerts.Add(new GuessingAlert { At = now, Failures = failures });
            await db.SaveChangesAsync(cancellationToken);
            var desks = await db.Desks.Where(d => d.Email != null).Select(d => new { d.Email, d.Name }).ToListAsync(cancellationToken);
            var minutes = (int)window.TotalMinutes;
            await mailer.SendAsync([.. desks.Select(d => new Notification(d.Email!, d.Name, "Er wordt geraden naar ontvangstcodes",
                $"Sinds {Dutch.DateTime(now)} worden er bij het meldpunt veel verkeerde ontvangstcodes ingevoerd: {failures} in {minutes} minuten. " +
                "Waarschijnlijk probeert iemand codes te raden. Het Integriteitsloket remt dit per afzender en in totaal af en heeft geen melding geopend. " +
                "Wie zijn eigen code intypt, moet soms even wachten; een geopende inbox werkt door. Je krijgt dit bericht één keer per golf; overleg bij twijfel met de beheerder.",
                "/meldpunt/dossiers"))], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The guesser's request must not fail on our mail: the limits hold without it.
            logger.LogError(ex, "Could not alert the desks about a receipt-code guessing wave");
        }
    }
}
