from wagtail.admin.forms import WagtailAdminPageForm


class StoryPageForm(WagtailAdminPageForm):
    """Checks the transcript's time codes together, so that each problem is
    shown on the segment it concerns."""

    def clean(self):
        from cms.stories.models import segment_errors

        cleaned_data = super().clean()
        formset = self.formsets.get("segments")
        if formset is None:
            return cleaned_data
        forms = [
            form
            for form in formset.forms
            if form.is_valid()
            and form.cleaned_data
            and not form.cleaned_data.get("DELETE")
        ]
        spans = [
            (form.cleaned_data.get("start"), form.cleaned_data.get("end"))
            for form in forms
        ]
        recording = cleaned_data.get("recording")
        for position, field, message in segment_errors(
            spans, recording.duration if recording else None
        ):
            forms[position].add_error(field, message)
        return cleaned_data
