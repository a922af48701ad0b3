// <imago-calendar>: FullCalendar (MIT core and plugins) driven from the server. Times are the
// clinic's wall-clock times without an offset; the calendar runs in 'UTC' so that it shows them as
// they are, whatever the browser's own time zone.
import { Calendar, EventInput } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import interactionPlugin from '@fullcalendar/interaction';

function wallClock(date: Date | null): string | null {
  return date ? date.toISOString().substring(0, 19) : null;
}

class ImagoCalendar extends HTMLElement {
  private calendar?: Calendar;
  private resizeObserver?: ResizeObserver;
  private entries: EventInput[] = [];
  private settings: Record<string, unknown> = {};

  set events(json: string) {
    this.entries = JSON.parse(json || '[]');
    if (this.calendar) {
      this.calendar.removeAllEventSources();
      this.calendar.addEventSource(this.entries);
    }
  }

  set options(json: string) {
    this.settings = JSON.parse(json || '{}');
    if (this.calendar) {
      for (const [name, value] of Object.entries(this.settings)) {
        this.calendar.setOption(name as never, value as never);
      }
    }
  }

  changeView(view: string, date?: string) {
    this.calendar?.changeView(view, date);
  }

  gotoDate(date: string) {
    this.calendar?.gotoDate(date);
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    // FullCalendar sets the height of the element it renders into: give it a child of its own, so
    // that the height the server gives this element stays in force
    const container = document.createElement('div');
    container.style.height = '100%';
    this.replaceChildren(container);
    this.calendar = new Calendar(container, {
      plugins: [dayGridPlugin, timeGridPlugin, interactionPlugin],
      timeZone: 'UTC',
      initialView: 'timeGridWeek',
      headerToolbar: false,
      height: '100%',
      nowIndicator: true,
      allDaySlot: false,
      selectable: true,
      selectMirror: true,
      editable: true,
      eventDurationEditable: false,
      firstDay: 1,
      slotMinTime: '07:00:00',
      slotMaxTime: '21:00:00',
      ...this.settings,
      events: this.entries,
      dateClick: info => this.fire('imago-date-click', { date: wallClock(info.date), allDay: info.allDay }),
      select: info => this.fire('imago-select', { start: wallClock(info.start), end: wallClock(info.end) }),
      eventClick: info => this.fire('imago-entry-click', { id: info.event.id }),
      eventDrop: info => {
        this.fire('imago-entry-drop', {
          id: info.event.id,
          start: wallClock(info.event.start),
          end: wallClock(info.event.end),
        });
        // the server answers with the entries as they now are: moved, or back where they were
        info.revert();
      },
      datesSet: info => this.fire('imago-dates-set', {
        start: wallClock(info.start),
        end: wallClock(info.end),
        view: info.view.type,
      }),
    });
    this.calendar.render();
    // Flow attaches the element before its layout settles: follow the element's size, not the window's
    this.resizeObserver = new ResizeObserver(() => this.calendar?.updateSize());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.calendar?.destroy();
    this.calendar = undefined;
  }

  private fire(name: string, detail: Record<string, unknown>) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('imago-calendar', ImagoCalendar);
