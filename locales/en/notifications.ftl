## Notifications, in both apps. A push from the hub names no one and quotes nothing: the device
## words it from the notify-* messages below, which say only what kind of thing happened.

notify-title = { -brand }

# What a notification says, on the lock screen and in the list. Practitioners' kinds:
notify-hub_replied = The hub replied to one of your requests.
notify-question_waiting = The hub is waiting for your answer on one of your requests.
notify-resolved = One of your requests was resolved.
notify-fund_decision = The hub decided on one of your fund applications.
notify-changes_requested = The hub asked for changes to one of your fund applications.
notify-tranche_paid = A payment of your fund grant was made.
notify-filed_for_you = The hub filed a request for you.
# Staff's kinds:
notify-new_request = A new request arrived in your countries.
notify-new_request-gathered = { $count ->
    [one] { $count } new request arrived in your countries.
   *[other] { $count } new requests arrived in your countries.
  }
notify-urgent_request = An urgent request arrived in your countries.
notify-field_replied = The field replied on a request assigned to you.
notify-assigned = A request was assigned to you.
notify-sla_breaching = A request is about to miss its service level.

# Each kind as a choice in the settings.
notify-kind-hub_replied = Replies from the hub
notify-kind-question_waiting = Questions waiting for your answer
notify-kind-resolved = Requests resolved
notify-kind-fund_decision = Decisions on fund applications
notify-kind-changes_requested = Changes asked for on fund applications
notify-kind-tranche_paid = Payments of fund grants
notify-kind-filed_for_you = Requests the hub filed for you
notify-kind-new_request = New requests in your countries
notify-kind-urgent_request = Urgent requests in your countries
notify-kind-field_replied = Replies from the field on your requests
notify-kind-assigned = Requests assigned to you
notify-kind-sla_breaching = Service levels about to be missed

notifications-title = Notifications
notifications-bell = Notifications
notifications-bell-unread = { $count ->
    [one] Notifications, { $count } unread
   *[other] Notifications, { $count } unread
  }
notifications-recent = Recent
notifications-empty = Nothing yet. When the hub has news for you, it shows here.
notifications-unread = Unread
notifications-read-all = Mark all as read
notifications-as-of = As of { $when }, the last time this device reached the hub.
notifications-hub-http = The hub answered with an error (HTTP { $status }). Try again later.

notifications-settings = What to be told about
notifications-needs-network = Choosing what you are told needs a network. Try again when this device is online.
notifications-push-on = This device shows notifications.
notifications-push-off = This device does not show notifications.
notifications-push-denied = Notifications are blocked for { -brand } in this browser's settings. Allow them there to be told here.
notifications-push-unsupported = This browser cannot show notifications from { -brand }.
notifications-push-turn-on = Turn on notifications
notifications-push-turn-off = Turn off notifications
notifications-push-failed = This browser could not sign up with its push service: { $error }
notifications-kinds = Tell me about
notifications-quiet = Quiet hours
notifications-quiet-on = Hold notifications during quiet hours
notifications-quiet-from = From
notifications-quiet-to = To
notifications-quiet-note = In this device's time. What comes in during quiet hours is sent when they end.
notifications-digest = Email digest
notifications-digest-off = No email
notifications-digest-hourly = Every hour
notifications-digest-daily = Once a day
notifications-email = Email address for the digest
notifications-save = Save
notifications-saved = Saved.
