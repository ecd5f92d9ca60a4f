// "On this day" on the front page. The site is built without a clock, so the page lists every
// day-precise event by month; this script picks today's (in the reader's own time zone) from
// data/on-this-day/MM-DD.json (one small file per day of the year), shows them above the
// months and opens today's month.
(function () {
  const section = document.getElementById("on-this-day");
  if (!section) return;
  const today = new Date();
  const mm = String(today.getMonth() + 1).padStart(2, "0");
  const dd = String(today.getDate()).padStart(2, "0");
  const month = section.querySelector(`details[data-month="${mm}"]`);
  if (month) month.open = true;
  const box = section.querySelector(".otd-today");
  const list = box && box.querySelector(".otd-events");
  if (!box || !list) return;
  const locale = box.dataset.locale || undefined;
  box.querySelector(".otd-date").textContent =
    today.toLocaleDateString(locale, { day: "numeric", month: "long" });
  fetch(`${section.dataset.src}${mm}-${dd}.json`, { credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : []))
    .then((events) => {
      if (!Array.isArray(events)) events = [];
      for (const event of events) {
        const item = document.createElement("li");
        item.className = "event";
        const when = document.createElement("time");
        when.className = "event-date";
        when.dateTime = event.date;
        when.textContent = event.human;
        const sentence = document.createElement("p");
        sentence.className = "event-sentence";
        sentence.textContent = event.sentence;
        const source = document.createElement("p");
        source.className = "event-source";
        const link = document.createElement("a");
        link.href = event.url;
        link.textContent = event.title;
        source.append(link);
        item.append(when, sentence, source);
        list.append(item);
      }
      if (events.length === 0) {
        const none = document.createElement("p");
        none.className = "empty";
        none.textContent = box.dataset.none;
        list.replaceWith(none);
      }
      box.hidden = false;
    })
    .catch(() => {});
})();
