namespace Events.Core.Registrations;

/// <summary>An event's custom registration questions: add, change, remove, reorder. Used by the API and the organiser page.</summary>
public sealed class RegistrationQuestions(EventsDbContext db)
{
    public Task<List<RegistrationQuestion>> ListAsync(int eventId, CancellationToken ct) =>
        db.RegistrationQuestions.AsNoTracking().Where(q => q.EventId == eventId).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(ct);

    public async Task<QuestionOutcome> AddAsync(int eventId, QuestionInput input, CancellationToken ct)
    {
        var question = new RegistrationQuestion { EventId = eventId, Label = "" };
        var errors = QuestionRules.Apply(input, question, await db.TranslationRulesAsync(eventId, ct));
        if (!errors.IsValid)
        {
            return new QuestionOutcome(QuestionResult.Invalid, errors);
        }
        var positions = await db.RegistrationQuestions.Where(q => q.EventId == eventId).Select(q => q.Position).ToListAsync(ct);
        if (positions.Count >= QuestionRules.MaxPerEvent)
        {
            return QuestionOutcome.Of(QuestionResult.TooMany);
        }
        question.Position = positions.Count == 0 ? 1 : positions.Max() + 1;
        db.RegistrationQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        return new QuestionOutcome(QuestionResult.Done, errors, question);
    }

    public async Task<QuestionOutcome> UpdateAsync(int eventId, int id, QuestionInput input, CancellationToken ct)
    {
        var question = await db.RegistrationQuestions.SingleOrDefaultAsync(q => q.Id == id && q.EventId == eventId, ct);
        if (question is null)
        {
            return QuestionOutcome.Of(QuestionResult.NotFound);
        }
        var errors = QuestionRules.Apply(input, question, await db.TranslationRulesAsync(eventId, ct));
        if (!errors.IsValid)
        {
            return new QuestionOutcome(QuestionResult.Invalid, errors);
        }
        await db.SaveChangesAsync(ct);
        return new QuestionOutcome(QuestionResult.Done, errors, question);
    }

    /// <summary>Removing a question removes everyone's answers to it.</summary>
    public async Task<QuestionResult> RemoveAsync(int eventId, int id, CancellationToken ct) =>
        await db.RegistrationQuestions.Where(q => q.Id == id && q.EventId == eventId).ExecuteDeleteAsync(ct) == 0
            ? QuestionResult.NotFound : QuestionResult.Done;

    /// <summary>Puts the questions in the given order; <paramref name="ids"/> must name each of the event's questions once.</summary>
    public async Task<QuestionOutcome> ReorderAsync(int eventId, IReadOnlyList<int>? ids, CancellationToken ct)
    {
        var questions = await db.RegistrationQuestions.Where(q => q.EventId == eventId).ToListAsync(ct);
        var errors = new ValidationErrors();
        if (ids is null || ids.Count != questions.Count || ids.Distinct().Count() != ids.Count || ids.Any(i => questions.All(q => q.Id != i)))
        {
            errors.Add("ids", "Must list each of the event's questions once.");
            return new QuestionOutcome(QuestionResult.Invalid, errors);
        }
        var positions = ids.Select((questionId, index) => (questionId, index)).ToDictionary(p => p.questionId, p => p.index + 1);
        questions.ForEach(q => q.Position = positions[q.Id]);
        await db.SaveChangesAsync(ct);
        return new QuestionOutcome(QuestionResult.Done, errors);
    }

    /// <summary>Moves one question one place up (<paramref name="by"/> = -1) or down (+1); at either end it stays.</summary>
    public async Task<QuestionOutcome> MoveAsync(int eventId, int id, int by, CancellationToken ct)
    {
        var order = (await ListAsync(eventId, ct)).Select(q => q.Id).ToList();
        var index = order.IndexOf(id);
        if (index < 0)
        {
            return QuestionOutcome.Of(QuestionResult.NotFound);
        }
        var target = Math.Clamp(index + Math.Sign(by), 0, order.Count - 1);
        (order[index], order[target]) = (order[target], order[index]);
        return await ReorderAsync(eventId, order, ct);
    }
}
